package display

import (
	"fmt"
	"html"
	"strings"
	"sync"
	"time"
)

// ProgressMIME is the MIME type under which a Progress publishes its state
// as JSON ({"current":…,"total":…,"desc":…}). Front ends that know it
// (the terminal REPL) draw their own bar; others show the text/html
// <progress> element or the text/plain bar that come with it.
const ProgressMIME = "application/vnd.gograd.progress+json"

// progressInterval bounds how often a Progress publishes: a tight loop
// calling Add costs a clock read, not a message.
const progressInterval = 100 * time.Millisecond

// ProgressState is the JSON payload of a progress output.
type ProgressState struct {
	Current int    `json:"current"`
	Total   int    `json:"total"` // 0 when unknown
	Desc    string `json:"desc"`
	Done    bool   `json:"done,omitempty"`
}

// Progress is a progress bar shown as one output that updates in place,
// for long loops in a cell:
//
//	p := display.NewProgress(len(batches), "training")
//	for _, b := range batches {
//		step(b)
//		p.Add(1)
//	}
//	p.Done()
//
// Updates are published at most ten times a second (and always when the
// bar is created, reaches its total, or is done). Its methods are safe for
// concurrent use.
type Progress struct {
	mu      sync.Mutex
	id      string
	st      ProgressState
	last    time.Time   // when the last update was published
	pending bool        // a change is not yet published
	timer   *time.Timer // publishes a pending change after the interval
	now     func() time.Time
	out     progressOutput
}

// progressOutput is where a Progress publishes: a display Handle in a
// session, a recorder in tests.
type progressOutput interface {
	show(Bundle) (id string)
	update(Bundle)
}

// handleOutput publishes through the session's display handler.
type handleOutput struct{ h *Handle }

func (o *handleOutput) show(b Bundle) string {
	o.h = New(b) // Render passes a Bundle through as it is
	return o.h.ID()
}

func (o *handleOutput) update(b Bundle) { o.h.UpdateBundle(b) }

// NewProgress shows a progress bar counting to total (0 or less: unknown,
// shown as a count) labelled desc.
func NewProgress(total int, desc string) *Progress {
	return newProgress(total, desc, time.Now, &handleOutput{})
}

func newProgress(total int, desc string, now func() time.Time, out progressOutput) *Progress {
	if total < 0 {
		total = 0
	}
	p := &Progress{st: ProgressState{Total: total, Desc: desc}, now: now, out: out}
	p.last = now()
	p.id = out.show(p.st.Bundle())
	return p
}

// ID is the display ID of the bar's output.
func (p *Progress) ID() string { return p.id }

// Add advances the bar by n.
func (p *Progress) Add(n int) {
	p.mu.Lock()
	p.set(p.st.Current + n)
	p.mu.Unlock()
}

// Set moves the bar to n.
func (p *Progress) Set(n int) {
	p.mu.Lock()
	p.set(n)
	p.mu.Unlock()
}

// State returns what the bar shows now.
func (p *Progress) State() ProgressState {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.st
}

func (p *Progress) set(n int) {
	if p.st.Done {
		return
	}
	if n < 0 {
		n = 0
	}
	reached := p.st.Total > 0 && n >= p.st.Total && p.st.Current < p.st.Total
	p.st.Current = n
	if reached {
		p.publishLocked(p.now())
		return
	}
	p.pending = true
	if p.timer != nil {
		// The timer publishes the latest state when the interval is up;
		// until then an Add costs no clock read.
		return
	}
	now := p.now()
	if wait := progressInterval - now.Sub(p.last); wait > 0 {
		p.timer = time.AfterFunc(wait, p.flush)
		heldBars.add(p)
		return
	}
	p.publishLocked(now)
}

// heldBars are the bars with an update held back by throttling.
var heldBars = barSet{m: map[*Progress]struct{}{}}

type barSet struct {
	mu sync.Mutex
	m  map[*Progress]struct{}
}

func (s *barSet) add(p *Progress) {
	s.mu.Lock()
	s.m[p] = struct{}{}
	s.mu.Unlock()
}

func (s *barSet) remove(p *Progress) {
	s.mu.Lock()
	delete(s.m, p)
	s.mu.Unlock()
}

// FlushProgress publishes at once the latest state of every progress bar
// whose update is being held back by throttling. A session calls it when
// a cell ends, while the cell's display handler is still installed, so
// that each bar shows where the cell left it rather than where it was up
// to a tenth of a second earlier.
func FlushProgress() {
	heldBars.mu.Lock()
	bars := make([]*Progress, 0, len(heldBars.m))
	for p := range heldBars.m {
		bars = append(bars, p)
	}
	heldBars.mu.Unlock()
	for _, p := range bars {
		p.mu.Lock()
		if p.timer != nil {
			p.timer.Stop()
			p.timer = nil
		}
		if p.pending && !p.st.Done {
			p.publishLocked(p.now())
		}
		heldBars.remove(p)
		p.mu.Unlock()
	}
}

func (p *Progress) flush() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.timer = nil
	if !p.pending || p.st.Done {
		heldBars.remove(p)
		return
	}
	now := p.now()
	if wait := progressInterval - now.Sub(p.last); wait > 0 {
		// An Add published since the timer was set: keep the pace.
		p.timer = time.AfterFunc(wait, p.flush)
		return
	}
	p.publishLocked(now)
	heldBars.remove(p)
}

func (p *Progress) publishLocked(now time.Time) {
	p.last = now
	p.pending = false
	p.out.update(p.st.Bundle())
}

// Done marks the bar finished and publishes its final state. Later calls
// of Add, Set and Done do nothing.
func (p *Progress) Done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.st.Done {
		return
	}
	if p.timer != nil {
		p.timer.Stop()
		p.timer = nil
		heldBars.remove(p)
	}
	p.st.Done = true
	p.publishLocked(p.now())
}

// Bundle renders the state in the three forms front ends pick from.
func (s ProgressState) Bundle() Bundle {
	return Bundle{
		"text/plain": s.Text(),
		"text/html":  s.HTML(),
		ProgressMIME: s,
	}
}

const progressWidth = 30

// Text is the state as a one-line text bar, e.g.
// "training  45% |█████████████░░░░░░░░░░░░░░░░░| 45/100".
func (s ProgressState) Text() string {
	var b strings.Builder
	if s.Desc != "" {
		b.WriteString(s.Desc)
		b.WriteString(" ")
	}
	if s.Total <= 0 {
		fmt.Fprintf(&b, "%d", s.Current)
		if s.Done {
			b.WriteString(" (done)")
		}
		return b.String()
	}
	frac := min(float64(s.Current)/float64(s.Total), 1)
	filled := int(frac * progressWidth)
	fmt.Fprintf(&b, "%3d%% |%s%s| %d/%d", int(frac*100), strings.Repeat("█", filled),
		strings.Repeat("░", progressWidth-filled), s.Current, s.Total)
	return b.String()
}

// HTML is the state as an HTML <progress> element with a label, which
// notebook front ends update in place with no special code.
func (s ProgressState) HTML() string {
	var b strings.Builder
	b.WriteString(`<div class="gograd-progress">`)
	if s.Desc != "" {
		fmt.Fprintf(&b, "<span>%s</span> ", html.EscapeString(s.Desc))
	}
	switch {
	case s.Total > 0:
		fmt.Fprintf(&b, `<progress value="%d" max="%d"></progress> %d/%d`, min(s.Current, s.Total), s.Total, s.Current, s.Total)
	case s.Done:
		fmt.Fprintf(&b, `<progress value="1" max="1"></progress> %d`, s.Current)
	default:
		// No value attribute: an indeterminate (animated) bar.
		fmt.Fprintf(&b, `<progress></progress> %d`, s.Current)
	}
	b.WriteString("</div>")
	return b.String()
}

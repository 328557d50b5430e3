package repl

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"

	"github.com/gograd/gograd/interp/display"
	"github.com/schollz/progressbar/v3"
)

// progressMIME is the MIME type display.Progress publishes its state
// under; the REPL draws it as a terminal progress bar.
const progressMIME = display.ProgressMIME

// lineWriter forwards to w and remembers whether the last byte written
// was a newline, so the REPL can end a cell's unterminated last line
// before it prints a prompt or a value.
type lineWriter struct {
	mu      *sync.Mutex
	w       io.Writer
	midLine bool
}

func (l *lineWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.write(p)
}

func (l *lineWriter) write(p []byte) (int, error) {
	n, err := l.w.Write(p)
	if n > 0 {
		l.midLine = p[n-1] != '\n'
	}
	return n, err
}

// unlocked writes through a lineWriter whose mutex the caller holds.
type unlocked struct{ l *lineWriter }

func (u unlocked) Write(p []byte) (int, error) { return u.l.write(p) }

// renderer shows values and display messages on the terminal. Its
// methods may be called from the cell's goroutines; one mutex (shared with
// the writers cell output goes through) keeps lines whole.
type renderer struct {
	mu         sync.Mutex
	out, err   *lineWriter // for the session: they take mu
	uout, uerr io.Writer   // the same, for use with mu held
	color      bool
	proto      imageProtocol
	images     imageStore
	bars       map[string]*termBar
	finished   map[string]bool // bars done in earlier cells: later updates are ignored
	// liveBars draws progress bars that redraw in place; without it (a
	// log file, a pipe) only a finished bar's final line is printed.
	liveBars bool
}

type termBar struct {
	bar   *progressbar.ProgressBar
	total int
	done  bool
}

func newRenderer(out, errw io.Writer, color bool, proto imageProtocol, imageDir string) *renderer {
	r := &renderer{color: color, proto: proto, bars: map[string]*termBar{}, finished: map[string]bool{}, liveBars: true}
	r.out = &lineWriter{mu: &r.mu, w: out}
	r.err = &lineWriter{mu: &r.mu, w: errw}
	r.uout, r.uerr = unlocked{r.out}, unlocked{r.err}
	r.images.dir = imageDir
	return r
}

// endLine ends a line left open by cell output, so that what follows
// starts at the left margin.
func (r *renderer) endLine() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.endLineLocked()
}

func (r *renderer) endLineLocked() {
	if r.out.midLine {
		r.out.write([]byte("\n"))
	}
	if r.err.midLine {
		r.err.write([]byte("\n"))
	}
}

// printf writes REPL text (not cell output) to standard output.
func (r *renderer) printf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.endLineLocked()
	fmt.Fprintf(r.uout, format, args...)
}

// errorf writes a REPL message to standard error, in red on a colour
// terminal.
func (r *renderer) errorf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.endLineLocked()
	msg := fmt.Sprintf(format, args...)
	if r.color {
		msg = "\x1b[31m" + strings.TrimRight(msg, "\n") + "\x1b[0m\n"
	}
	fmt.Fprint(r.uerr, msg)
}

// noticef writes a REPL notice (an interrupt, a timing) to standard
// error, dimmed on a colour terminal.
func (r *renderer) noticef(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.endLineLocked()
	msg := fmt.Sprintf(format, args...)
	if r.color {
		msg = "\x1b[2m" + strings.TrimRight(msg, "\n") + "\x1b[0m\n"
	}
	fmt.Fprint(r.uerr, msg)
}

// value echoes the value of an expression cell.
func (r *renderer) value(res resultLike) {
	b := res.bundle
	if b == nil {
		b = display.Bundle{"text/plain": fmt.Sprint(res.value)}
	}
	r.bundle(b)
}

type resultLike struct {
	value  any
	bundle display.Bundle
}

// handle is the session's display.Handler.
func (r *renderer) handle(m display.Message) {
	switch m.Kind {
	case display.Show, display.Update:
		if st, ok := progressState(m.Bundle); ok {
			r.progress(m.ID, st)
			return
		}
		r.bundle(m.Bundle)
	case display.ClearOutput:
		// A terminal cannot take back what scrolled by; updates are
		// printed anew instead.
	}
}

// bundle prints the richest thing a terminal can show of b: images are
// saved to files (and drawn inline where possible), everything else is
// shown as its text/plain form.
func (r *renderer) bundle(b display.Bundle) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.endLineLocked()
	text, hasText := b["text/plain"].(string)
	for _, mime := range []string{"image/png", "image/jpeg", "image/gif", "image/svg+xml"} {
		data, ok := bundleBytes(b[mime])
		if !ok {
			continue
		}
		if r.proto != protoNone {
			writeInlineImage(r.uout, r.proto, mime, data)
		}
		path, err := r.images.save(mime, data)
		if err != nil {
			fmt.Fprintf(r.uerr, "%v\n", err)
		} else {
			if hasText && text != "" {
				fmt.Fprintf(r.uout, "%s\n", strings.TrimRight(text, "\n"))
			}
			fmt.Fprintf(r.uout, "[%s saved to %s]\n", mime, path)
		}
		return
	}
	if hasText {
		fmt.Fprintf(r.uout, "%s\n", strings.TrimRight(text, "\n"))
		return
	}
	for _, mime := range []string{"text/markdown", "text/latex"} {
		if s, ok := b[mime].(string); ok {
			fmt.Fprintf(r.uout, "%s\n", strings.TrimRight(s, "\n"))
			return
		}
	}
	if v, ok := b["application/json"]; ok {
		j, err := json.MarshalIndent(v, "", "  ")
		if err == nil {
			fmt.Fprintf(r.uout, "%s\n", j)
			return
		}
	}
	if data, ok := bundleBytes(b["text/html"]); ok {
		if path, err := r.images.save("text/html", data); err == nil {
			fmt.Fprintf(r.uout, "[text/html saved to %s]\n", path)
			return
		}
	}
	if len(b) > 0 {
		mimes := make([]string, 0, len(b))
		for k := range b {
			mimes = append(mimes, k)
		}
		sort.Strings(mimes)
		fmt.Fprintf(r.uout, "[display: %s]\n", strings.Join(mimes, ", "))
	}
}

func bundleBytes(v any) ([]byte, bool) {
	switch d := v.(type) {
	case []byte:
		return d, len(d) > 0
	case string:
		return []byte(d), d != ""
	}
	return nil, false
}

// progressState extracts a progress bar's state from a display bundle.
func progressState(b display.Bundle) (display.ProgressState, bool) {
	v, ok := b[progressMIME]
	if !ok {
		return display.ProgressState{}, false
	}
	switch s := v.(type) {
	case display.ProgressState:
		return s, true
	case *display.ProgressState:
		if s != nil {
			return *s, true
		}
		return display.ProgressState{}, false
	}
	// Anything else that marshals to the same JSON (a map, from a
	// front end that decoded it).
	j, err := json.Marshal(v)
	if err != nil {
		return display.ProgressState{}, false
	}
	var st display.ProgressState
	if err := json.Unmarshal(j, &st); err != nil {
		return display.ProgressState{}, false
	}
	return st, true
}

// progress draws or advances the terminal bar for display id.
func (r *renderer) progress(id string, st display.ProgressState) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.finished[id] {
		return
	}
	if !r.liveBars {
		r.progressLine(id, st)
		return
	}
	tb := r.bars[id]
	if tb != nil && tb.done {
		return
	}
	if tb == nil || tb.total != st.Total {
		if tb != nil {
			tb.bar.Exit()
		}
		r.endLineLocked()
		total := int64(st.Total)
		if total <= 0 {
			total = -1 // unknown: a spinner with a count
		}
		tb = &termBar{total: st.Total, bar: progressbar.NewOptions64(total,
			// r.mu is held whenever the bar renders (no spinner ticker).
			progressbar.OptionSetWriter(r.err.w),
			progressbar.OptionSetSpinnerChangeInterval(0),
			progressbar.OptionSetDescription(st.Desc),
			progressbar.OptionSetWidth(30),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionEnableColorCodes(false),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionSpinnerType(14),
		)}
		r.bars[id] = tb
	} else if st.Desc != "" {
		tb.bar.Describe(st.Desc)
	}
	tb.bar.Set64(int64(st.Current))
	if st.Done || (st.Total > 0 && st.Current >= st.Total) {
		tb.bar.Finish()
		tb.done = true
		r.err.midLine = true
		r.endLineLocked()
	} else {
		r.err.midLine = true
	}
}

// progressLine prints a bar's state once, when it finishes, for output
// that is not a terminal.
func (r *renderer) progressLine(id string, st display.ProgressState) {
	tb := r.bars[id]
	if tb == nil {
		tb = &termBar{total: st.Total}
		r.bars[id] = tb
	}
	if tb.done || !(st.Done || (st.Total > 0 && st.Current >= st.Total)) {
		return
	}
	tb.done = true
	r.endLineLocked()
	fmt.Fprintf(r.uerr, "%s\n", st.Text())
}

// finishBars runs when a cell ends: bars that are finished are
// forgotten; a bar still running (a Progress a later cell goes on with)
// keeps its state, and its line is ended so the prompt starts clean.
func (r *renderer) finishBars() {
	r.mu.Lock()
	defer r.mu.Unlock()
	for id, tb := range r.bars {
		if tb.done {
			delete(r.bars, id)
			r.finished[id] = true
		}
	}
	r.endLineLocked()
}

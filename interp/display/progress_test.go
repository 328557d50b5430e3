package display

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// sink records what a Progress publishes, as the Messages a handler
// would get.
type sink struct {
	mu   sync.Mutex
	n    int
	id   string
	msgs []Message
}

func (s *sink) show(b Bundle) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.n++
	s.id = fmt.Sprintf("bar-%d", s.n)
	s.msgs = append(s.msgs, Message{Kind: Show, Bundle: b, ID: s.id})
	return s.id
}

func (s *sink) update(b Bundle) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.msgs = append(s.msgs, Message{Kind: Update, Bundle: b, ID: s.id})
}
func (s *sink) all() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.msgs...)
}

func state(t *testing.T, m Message) ProgressState {
	t.Helper()
	st, ok := m.Bundle[ProgressMIME].(ProgressState)
	if !ok {
		t.Fatalf("bundle has no %s: %v", ProgressMIME, m.Bundle)
	}
	return st
}

// waitMessages waits (in real time, for the flush timer) until s holds n
// messages.
func waitMessages(t *testing.T, s *sink, n int) []Message {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if msgs := s.all(); len(msgs) >= n {
			return msgs
		}
		time.Sleep(5 * time.Millisecond)
	}
	return s.all()
}

func TestProgressMessages(t *testing.T) {
	clk := &fakeClock{t: time.Unix(1000, 0)}
	var s sink
	p := newProgress(10, "epochs", clk.now, &s)
	msgs := s.all()
	if len(msgs) != 1 || msgs[0].Kind != Show || msgs[0].ID == "" {
		t.Fatalf("creation sent %+v, want one Show with an ID", msgs)
	}
	id := msgs[0].ID
	if st := state(t, msgs[0]); st != (ProgressState{Total: 10, Desc: "epochs"}) {
		t.Errorf("initial state %+v", st)
	}

	// A burst within the interval is held back...
	for i := 0; i < 5; i++ {
		p.Add(1)
	}
	if n := len(s.all()); n != 1 {
		t.Fatalf("burst published %d messages, want none beyond the Show", n-1)
	}
	// ...and published when the interval is up, with the latest count.
	clk.advance(progressInterval)
	p.Add(1)
	msgs = waitMessages(t, &s, 2)
	if len(msgs) != 2 || msgs[1].Kind != Update || msgs[1].ID != id {
		t.Fatalf("after interval: %+v", msgs)
	}
	if st := state(t, msgs[1]); st.Current != 6 {
		t.Errorf("update shows %d, want 6", st.Current)
	}
	// Reaching the total publishes at once, throttle or not.
	p.Set(10)
	msgs = s.all()
	if st := state(t, msgs[len(msgs)-1]); st.Current != 10 || len(msgs) != 3 {
		t.Fatalf("reaching total: %d messages, last %+v", len(msgs), st)
	}
	p.Done()
	msgs = s.all()
	last := msgs[len(msgs)-1]
	if st := state(t, last); !st.Done || st.Current != 10 || last.ID != id || last.Kind != Update {
		t.Fatalf("Done sent %+v", last)
	}
	n := len(msgs)
	p.Add(5)
	p.Done()
	if len(s.all()) != n {
		t.Error("Add/Done after Done published again")
	}
	if got := p.State(); got.Current != 10 {
		t.Errorf("state changed after Done: %+v", got)
	}
}

func TestProgressPendingFlushedByTimer(t *testing.T) {
	var s sink
	p := newProgress(100, "", time.Now, &s)
	p.Add(1) // within the interval of the Show: held back
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		msgs := s.all()
		if len(msgs) >= 2 {
			if st := state(t, msgs[1]); st.Current != 1 {
				t.Fatalf("flushed state %+v", st)
			}
			p.Done()
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("a held-back update was never published")
}

func TestProgressTightLoopIsThrottled(t *testing.T) {
	var s sink
	p := newProgress(2_000_000, "loop", time.Now, &s)
	start := time.Now()
	for i := 0; i < 2_000_000; i++ {
		p.Add(1)
	}
	elapsed := time.Since(start)
	p.Done()
	// At most one message per interval, plus Show, the total and Done.
	max := int(elapsed/progressInterval) + 4
	if n := len(s.all()); n > max {
		t.Errorf("%d messages in %v, want at most %d", n, elapsed, max)
	}
}

func TestProgressRendering(t *testing.T) {
	tests := []struct {
		st             ProgressState
		text, html     []string // substrings
		notText, nHTML []string
	}{
		{ProgressState{Current: 45, Total: 100, Desc: "training"},
			[]string{"training", " 45%", "45/100", strings.Repeat("█", 13) + strings.Repeat("░", 17)},
			[]string{`<progress value="45" max="100">`, "<span>training</span>", "45/100"}, nil, nil},
		{ProgressState{Current: 0, Total: 3},
			[]string{"  0%", "0/3", strings.Repeat("░", 30)}, []string{`value="0" max="3"`}, []string{"█"}, []string{"<span>"}},
		{ProgressState{Current: 7, Total: 5, Desc: "over"},
			[]string{"100%", "7/5", strings.Repeat("█", 30)}, []string{`value="5" max="5"`}, []string{"░"}, nil},
		{ProgressState{Current: 12, Desc: "tokens"},
			[]string{"tokens 12"}, []string{"<progress></progress> 12"}, []string{"%"}, []string{"value="}},
		{ProgressState{Current: 12, Done: true},
			[]string{"12 (done)"}, []string{`<progress value="1" max="1">`}, nil, nil},
		{ProgressState{Current: 1, Total: 2, Desc: "<b>&"},
			nil, []string{"&lt;b&gt;&amp;"}, nil, []string{"<b>"}},
	}
	for _, tt := range tests {
		b := tt.st.Bundle()
		text, _ := b["text/plain"].(string)
		html, _ := b["text/html"].(string)
		for _, w := range tt.text {
			if !strings.Contains(text, w) {
				t.Errorf("%+v: text %q lacks %q", tt.st, text, w)
			}
		}
		for _, w := range tt.notText {
			if strings.Contains(text, w) {
				t.Errorf("%+v: text %q has %q", tt.st, text, w)
			}
		}
		for _, w := range tt.html {
			if !strings.Contains(html, w) {
				t.Errorf("%+v: html %q lacks %q", tt.st, html, w)
			}
		}
		for _, w := range tt.nHTML {
			if strings.Contains(html, w) {
				t.Errorf("%+v: html %q has %q", tt.st, html, w)
			}
		}
		j, err := json.Marshal(b[ProgressMIME])
		if err != nil {
			t.Fatal(err)
		}
		var back map[string]any
		if err := json.Unmarshal(j, &back); err != nil {
			t.Fatal(err)
		}
		if back["current"] != float64(tt.st.Current) || back["total"] != float64(tt.st.Total) || back["desc"] != tt.st.Desc {
			t.Errorf("%+v: JSON %s", tt.st, j)
		}
	}
}

func TestProgressNegativeInputs(t *testing.T) {
	var s sink
	p := newProgress(-5, "", time.Now, &s)
	p.Set(-3)
	if st := p.State(); st.Total != 0 || st.Current != 0 {
		t.Errorf("negative inputs gave %+v", st)
	}
	p.Done()
}

func TestProgressThroughHandler(t *testing.T) {
	var got []Message
	SetHandler(func(m Message) { got = append(got, m) })
	defer SetHandler(nil)
	a := NewProgress(1, "")
	b := NewProgress(1, "")
	if a.ID() == b.ID() || a.ID() == "" {
		t.Fatal("two bars share an ID")
	}
	a.Done()
	b.Done()
	// Through the session's handler: Show then Update, each with its
	// bar's ID, and a bundle with all three forms.
	want := []struct {
		kind Kind
		id   string
	}{{Show, a.ID()}, {Show, b.ID()}, {Update, a.ID()}, {Update, b.ID()}}
	if len(got) != len(want) {
		t.Fatalf("handler got %d messages, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		if got[i].Kind != w.kind || got[i].ID != w.id {
			t.Errorf("message %d: %v %q, want %v %q", i, got[i].Kind, got[i].ID, w.kind, w.id)
		}
		for _, mime := range []string{"text/plain", "text/html", ProgressMIME} {
			if _, ok := got[i].Bundle[mime]; !ok {
				t.Errorf("message %d lacks %s", i, mime)
			}
		}
	}
}

// BenchmarkProgressAdd measures what a tight loop pays per Add (no
// handler installed, as in compiled code outside a session).
func BenchmarkProgressAdd(b *testing.B) {
	var s sink
	p := newProgress(b.N, "bench", time.Now, &s)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.Add(1)
	}
	b.StopTimer()
	p.Done()
	b.ReportMetric(float64(len(s.all())), "messages")
}

func TestFlushProgress(t *testing.T) {
	var s sink
	clk := &fakeClock{t: time.Unix(1000, 0)} // time stands still: every Add is held back
	p := newProgress(1000, "held", clk.now, &s)
	for i := 0; i < 500; i++ {
		p.Add(1)
	}
	FlushProgress()
	msgs := s.all()
	if len(msgs) != 2 {
		t.Fatalf("after FlushProgress: %d messages, want Show and one Update", len(msgs))
	}
	if st := state(t, msgs[1]); st.Current != 500 {
		t.Errorf("flushed state %+v, want current 500", st)
	}
	// Nothing is held any more: a second flush and the timer stay quiet.
	FlushProgress()
	time.Sleep(2 * progressInterval)
	if n := len(s.all()); n != 2 {
		t.Errorf("%d messages after the flush, want 2", n)
	}
	heldBars.mu.Lock()
	held := len(heldBars.m)
	heldBars.mu.Unlock()
	if held != 0 {
		t.Errorf("%d bars still held", held)
	}
	p.Done()
}

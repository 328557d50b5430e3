package interp

import (
	"bytes"
	"context"
	"reflect"
	"runtime"
	"strings"
	"sync/atomic"
	"time"
)

// Deadlock detection for scripts (Options.DetectDeadlock). A Go program
// whose goroutines all block ends with "fatal error: all goroutines are
// asleep - deadlock!"; the Go runtime cannot see that for a script, since
// the gograd process has goroutines of its own (and purego's extra thread
// turns the runtime's detector off), so the script would hang. While a
// cell runs, a watchdog looks at the goroutines running interpreted code:
// when every one of them has been blocked on a channel, a select or a
// sync primitive, unchanged, for a second, and no timer the script made
// (time.After, NewTimer, AfterFunc, Sleep, context deadlines) is still
// pending and it made no ticker, the cell ends with a *Error named
// "Deadlock". Goroutines waiting in system calls (reading stdin) are not
// blocked in this sense.

// deadlockCause is the cause of a cell stopped by the watchdog.
type deadlockCause struct{}

func (deadlockCause) Error() string { return "all goroutines are asleep - deadlock!" }

// timerWatch tracks the timers a session's code made.
type timerWatch struct {
	until   atomic.Int64 // latest deadline (unix nanoseconds)
	tickers atomic.Int64 // tickers made (never known to stop)
}

func (w *timerWatch) after(d time.Duration) {
	t := time.Now().Add(d).UnixNano()
	for {
		cur := w.until.Load()
		if t <= cur || w.until.CompareAndSwap(cur, t) {
			return
		}
	}
}

// timerSymbols wrap the time and context functions that make timers, so
// that the watchdog knows when one may still fire.
func (w *timerWatch) timerSymbols() Exports {
	return Exports{
		"time/time": {
			"After": reflect.ValueOf(func(d time.Duration) <-chan time.Time { w.after(d); return time.After(d) }),
			"NewTimer": reflect.ValueOf(func(d time.Duration) *time.Timer {
				w.after(d)
				return time.NewTimer(d)
			}),
			"AfterFunc": reflect.ValueOf(func(d time.Duration, f func()) *time.Timer {
				w.after(d)
				return time.AfterFunc(d, f)
			}),
			"NewTicker": reflect.ValueOf(func(d time.Duration) *time.Ticker {
				w.tickers.Add(1)
				return time.NewTicker(d)
			}),
			"Tick": reflect.ValueOf(func(d time.Duration) <-chan time.Time {
				w.tickers.Add(1)
				return time.Tick(d)
			}),
		},
		"context/context": {
			"WithTimeout": reflect.ValueOf(func(parent context.Context, d time.Duration) (context.Context, context.CancelFunc) {
				w.after(d)
				return context.WithTimeout(parent, d)
			}),
			"WithDeadline": reflect.ValueOf(func(parent context.Context, t time.Time) (context.Context, context.CancelFunc) {
				w.after(time.Until(t))
				return context.WithDeadline(parent, t)
			}),
			"WithTimeoutCause": reflect.ValueOf(func(parent context.Context, d time.Duration, cause error) (context.Context, context.CancelFunc) {
				w.after(d)
				return context.WithTimeoutCause(parent, d, cause)
			}),
			"WithDeadlineCause": reflect.ValueOf(func(parent context.Context, t time.Time, cause error) (context.Context, context.CancelFunc) {
				w.after(time.Until(t))
				return context.WithDeadlineCause(parent, t, cause)
			}),
		},
	}
}

// blockedStates are the goroutine states of a wait only another goroutine
// (not a timer, not the outside world) can end.
var blockedStates = map[string]bool{
	"chan send": true, "chan receive": true, "select": true, "select (no cases)": true,
	"chan send (nil chan)": true, "chan receive (nil chan)": true,
	"sync.Mutex.Lock": true, "sync.RWMutex.Lock": true, "sync.RWMutex.RLock": true,
	"sync.WaitGroup.Wait": true, "sync.Cond.Wait": true, "semacquire": true,
}

// interpretedState returns the states of the goroutines running
// interpreted code ("id state" lines, sorted as listed) and whether all of
// them are blocked.
func interpretedState(buf []byte) (string, bool) {
	var b strings.Builder
	all := true
	n := 0
	for _, g := range bytes.Split(buf, []byte("\n\n")) {
		if !bytes.Contains(g, []byte("github.com/traefik/yaegi/interp.")) {
			continue
		}
		header, _, _ := bytes.Cut(g, []byte("\n"))
		// goroutine 26 [chan send, 2 minutes]:
		open := bytes.IndexByte(header, '[')
		end := bytes.LastIndexByte(header, ']')
		if open < 0 || end < open {
			return "", false
		}
		state := string(header[open+1 : end])
		if i := strings.Index(state, ", "); i >= 0 && strings.HasSuffix(state, "minutes") {
			state = state[:i]
		}
		state = strings.TrimSuffix(state, ", locked to thread")
		if !blockedStates[state] {
			all = false
		}
		b.WriteString(string(header[:open]))
		b.WriteString(state)
		b.WriteByte('\n')
		n++
	}
	return b.String(), all && n > 0
}

// watchDeadlock stops the cell (stop) when its goroutines deadlock; it
// returns when done is closed.
func (s *Session) watchDeadlock(done <-chan struct{}, stop context.CancelCauseFunc) {
	const period = 250 * time.Millisecond
	const samples = 4 // the same blocked state for a second
	tick := time.NewTicker(period)
	defer tick.Stop()
	buf := make([]byte, 1<<16)
	last, same := "", 0
	for {
		select {
		case <-done:
			return
		case <-tick.C:
		}
		if s.timers.tickers.Load() > 0 || time.Now().UnixNano() < s.timers.until.Load()+int64(period) {
			last, same = "", 0
			continue
		}
		for {
			n := runtime.Stack(buf, true)
			if n < len(buf) {
				buf = buf[:n]
				break
			}
			if len(buf) >= 64<<20 {
				return // too many goroutines to watch
			}
			buf = make([]byte, 2*len(buf))
		}
		state, blocked := interpretedState(buf)
		buf = buf[:cap(buf)]
		if !blocked || state != last {
			last, same = state, 0
			if blocked {
				same = 1
			}
			continue
		}
		same++
		if same >= samples {
			stop(deadlockCause{})
			return
		}
	}
}

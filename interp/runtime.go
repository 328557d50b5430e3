package interp

import (
	"context"
	"os"
	"strings"

	"github.com/gograd/gograd/interp/symbols"

	"fmt"
	"github.com/gograd/gograd/interp/display"
	"reflect"
	"sync/atomic"
)

// maxDepth bounds the nesting of interpreted calls. yaegi uses a few
// kilobytes of Go stack per interpreted call, and a Go stack overflow is a
// fatal error no recover catches; 100000 levels stay well inside Go's 1 GB
// stack. Every function a cell declares begins with gg__.Enter (inserted
// by the rewrite). Past the limit, Enter stops the evaluation the way an
// interrupt does (yaegi unwinds stopped frames by returning, in linear
// time; a panic through 100000 recovering frames would take minutes).
var maxDepth int64 = 100000

// stackOverflow is the cause of an evaluation stopped by runaway recursion.
type stackOverflow struct {
	depth int64
	fn    string
}

func (e stackOverflow) Error() string {
	return fmt.Sprintf("stack overflow: more than %d nested calls (runaway recursion in %s?)", e.depth, e.fn)
}

// depthGuard counts a session's nested interpreted calls.
type depthGuard struct {
	depth atomic.Int64
	stop  atomic.Pointer[context.CancelCauseFunc] // cancels the running cell

	// trail is a ring of what LeaveAt recorded last: as a panic unwinds,
	// each declared function it leaves adds the position of the statement
	// it was at, innermost first. Lock-free: it is written on every return.
	trail  [maxTrail]atomic.Int64
	ntrail atomic.Int64 // entries written since the last takeTrail

	// orphan handles an overflow when no cell runs (see survive.go).
	orphan func(stackOverflow)
	// strict: past maxDepth is an overflow, whichever goroutine calls
	// (see Session.safely).
	strict atomic.Bool
	// goroutines counts the cells' goroutines running (goRun): with
	// none, all the depth is the running cell's.
	goroutines atomic.Int64
	deepAt     atomic.Int64 // see deepHere
}

// frameMark is the statement a declared function was at when it was left:
// a token.Pos of the session's file set.
type frameMark = int

// maxTrail bounds the trail kept (and so the frames a panic lists).
const maxTrail = 1024

func (g *depthGuard) enter(fn string) {
	d := g.depth.Add(1)
	if d > maxDepth && (g.strict.Load() || g.goroutines.Load() == 0 || g.deepHere()) || enterCalls.Add(1)&1023 == 0 && stackNearLimit() {
		so := stackOverflow{min(d, maxDepth), fn}
		if stop := g.stop.Load(); stop != nil {
			(*stop)(so)
		} else if g.orphan != nil {
			g.orphan(so)
		}
	}
}

func (g *depthGuard) leave() { g.depth.Add(-1) }

// leaveAt is Leave for declared functions: it records the statement the
// function was at.
func (g *depthGuard) leaveAt(at *int) {
	g.depth.Add(-1)
	n := g.ntrail.Add(1)
	g.trail[(n-1)%maxTrail].Store(int64(*at))
}

// takeTrail returns the trail, oldest first, and starts a new one.
func (g *depthGuard) takeTrail() []frameMark {
	n := g.ntrail.Swap(0)
	k := min(n, maxTrail)
	t := make([]frameMark, 0, k)
	for i := n - k; i < n; i++ {
		t = append(t, int(g.trail[i%maxTrail].Load()))
	}
	return t
}

// runtimeSymbols is the compiled helper package the rewritten cells call,
// imported as gg__.
func (s *Session) runtimeSymbols() map[string]reflect.Value {
	syms := fmtSymbols()
	for k, v := range s.panicNote.symbols() {
		syms[k] = v
	}
	for k, v := range map[string]reflect.Value{
		"Enter":   reflect.ValueOf(s.guard.enter),
		"Leave":   reflect.ValueOf(s.guard.leave),
		"LeaveAt": reflect.ValueOf(s.guard.leaveAt),
		"Clear":   reflect.ValueOf(clearValue),
		"GoPanic": reflect.ValueOf(s.goPanic),
		"GoRun":   reflect.ValueOf(s.goRun),
		// GoStart starts a go statement's goroutine (see goStmt).
		"GoStart": reflect.ValueOf(func(f func()) { go s.goRun(f) }),
		"GoGuard": reflect.ValueOf(func(f func()) func() { return func() { s.goRun(f) } }),
		// Defer(f) registers a top-level defer statement's call (see
		// modernizer.topDefer and Session.runDefers).
		"Defer": reflect.ValueOf(func(f func()) { s.defers = append(s.defers, f) }),
		// TopRecover is recover() in a deferred literal of the top level.
		"TopRecover": reflect.ValueOf(s.topRecover),
		// The same value as display.Render's symbol, so that symbols.MapTypes
		// applies to it (see displayUpdate).
		"Render":     reflect.ValueOf(display.Render),
		"IndexPanic": reflect.ValueOf(indexPanic),
		// TypeName(name, v) is name: %T of a cell's type (see typeVerbs).
		"TypeName": reflect.ValueOf(func(name string, _ any) string { return name }),
		// GoSyntax(name, v) is fmt's %#v of v with the type named name
		// (see typeVerbs).
		"GoSyntax": reflect.ValueOf(goSyntax),
		// TypeOf(v) is fmt's %T of v: the fallback of typeVerbs' type switch.
		"TypeOf": reflect.ValueOf(func(v any) string {
			if e, ok := v.(*typedNilError); ok {
				return e.name // see fix_typednil.go
			}
			return fmt.Sprintf("%T", v)
		}),
		"Probe": reflect.ValueOf(func(mime, data string) {
			if s.probe == nil {
				s.probe = display.Bundle{}
			}
			s.probe[mime] = data
		}),
		// Text(v) is the text/plain display.Render gives v.
		"Text": reflect.ValueOf(display.Text),
		"ProbePNG": reflect.ValueOf(func(data []byte) {
			if s.probe == nil {
				s.probe = display.Bundle{}
			}
			s.probe["image/png"] = data
		}),
	} {
		syms[k] = v
	}
	for k, v := range s.viDisp.symbols() {
		syms[k] = v
	}
	syms["Recovered"] = reflect.ValueOf(func(v any) any { return recoveredNamed(v, &s.asserts) })
	syms["SetStructNames"] = reflect.ValueOf(s.asserts.setStructs)
	for k, v := range s.asserts.reflectSymbols() {
		syms[k] = v
	}
	for k, v := range s.topDirectRuntime() {
		syms[k] = v
	}
	for k, v := range jsonDispRuntime() {
		syms[k] = v
	}
	for k, v := range extraRuntime {
		syms[k] = v
	}
	for k, v := range s.survivalSymbols() {
		syms[k] = v
	}
	return syms
}

// clearValue implements the clear builtin for maps and slices.
func clearValue(v any) {
	r := reflect.ValueOf(v)
	switch r.Kind() {
	case reflect.Map:
		r.Clear()
	case reflect.Slice:
		r.Clear()
	default:
		panic(fmt.Sprintf("invalid argument: clear(%T): argument must be a map or slice", v))
	}
}

// preludeSource is interpreted at session start: generic helpers the
// rewrite of modern Go calls.
const preludeSource = `
// gg__top is the position of the statement running at the top level of a
// cell (set by the markers the rewrite puts before them).
var gg__top int

func gg__min[T cmp.Ordered](x T, ys ...T) T {
	for _, y := range ys {
		if y < x || y != y {
			x = y
		}
	}
	return x
}

func gg__max[T cmp.Ordered](x T, ys ...T) T {
	for _, y := range ys {
		if y > x || y != y {
			x = y
		}
	}
	return x
}
`

// goPanic reports a panic recovered in a goroutine started by a cell. It is
// printed on stderr at once (the goroutine may outlive its cell) and
// becomes the error of the cell running then, if any.
// goRun runs f, the body of a go statement (or a callback run on a
// goroutine of compiled code), under a compiled recover too: yaegi runs a
// frame's deferred calls from a Go deferred function of its own, and a
// panic one of them raises (var f func(); defer f()) leaves it past the
// interpreted guard of the goroutine, which then ended the process.
func (s *Session) goRun(f func()) {
	s.guard.goroutines.Add(1)
	defer s.guard.goroutines.Add(-1)
	defer func() {
		if r := recover(); r != nil {
			if _, exit := r.(symbols.Exit); !exit {
				r = recovered(r)
			}
			s.goPanic(r)
		}
	}()
	f()
}

func (s *Session) goPanic(v any) {
	var e *Error
	if x, ok := v.(symbols.Exit); ok {
		e = &Error{Name: "Exit", Message: fmt.Sprintf("exit status %d", x.Code), ExitCode: x.Code,
			Traceback: []string{fmt.Sprintf("os.Exit(%d) called in a goroutine", x.Code)}}
	} else {
		msg := goPanicText(v) // survive.go
		if _, isErr := v.(error); !isErr {
			if f, ok := s.panicNote.message(fmt.Sprint(v)); ok {
				// Called here, on the panicking goroutine, as goPanicText
				// calls Error: safeCall would take over the state of the
				// chunk that may be running beside it (its context, its
				// stop function) and cancel it on return.
				if m, ok := noteText(f); ok {
					msg = m // see fix_panicmsg.go
				}
			}
		}
		e = &Error{Name: "panic", Message: msg, Traceback: []string{"panic in goroutine: " + msg}}
		fmt.Fprintf(os.Stderr, "panic in goroutine: %s\n", msg)
	}
	s.goErrMu.Lock()
	if s.goErr == nil {
		s.goErr = e
	}
	s.goErrMu.Unlock()
}

// takeGoPanic returns (and forgets) the first goroutine panic reported.
func (s *Session) takeGoPanic() *Error {
	s.goErrMu.Lock()
	defer s.goErrMu.Unlock()
	e := s.goErr
	s.goErr = nil
	return e
}

// boundsError is Go's panic for an index out of range.
type boundsError struct{ i, n int }

func (e boundsError) Error() string {
	return fmt.Sprintf("runtime error: index out of range [%d] with length %d", e.i, e.n)
}

// RuntimeError marks boundsError as a runtime.Error.
func (boundsError) RuntimeError() {}

// indexPanic panics as Go does for x[i] with len(x) == n (see
// modernizer.boundsCheck).
func indexPanic(i, n int) { panic(boundsError{i, n}) }

// goSyntax is %#v of v, a value of the cell's named type name, which yaegi
// represents by its underlying type: the literal's leading type is
// replaced by name ("main.Inner{A:1}" for "struct { A int }{A:1}").
func goSyntax(name string, v any) string {
	s, t := fmt.Sprintf("%#v", v), fmt.Sprintf("%T", v)
	if strings.HasPrefix(s, t) {
		return name + s[len(t):]
	}
	return s
}

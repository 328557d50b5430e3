package interp

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"reflect"
	"regexp"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/gograd/gograd/interp/display"
	"github.com/gograd/gograd/interp/symbols"
)

// What a cell does must not end the process, hang the session for good or
// lose its variables. This file holds the runtime side of the guards that
// the adversarial battery (survival_adv_test.go) showed missing:
//
//   - A cell's top-level deferred calls run as its chunks do: an interrupt
//     or a runaway recursion stops them (callInterruptible).
//   - Compiled calls that block until another goroutine acts
//     (sync.Mutex.Lock, RWMutex.Lock/RLock, WaitGroup.Wait, Cond.Wait)
//     return when the cell is interrupted: the interrupted goroutine, stuck
//     in them, made every later cell wait for it forever.
//   - The Go runtime's fatal errors that a cell can trigger with a plain
//     mistake become panics: unlock of an unlocked mutex, a slice too big
//     for the machine's memory (make([]byte, 1<<40)), a runaway recursion
//     through compiled code (sort.Slice's less calling the function that
//     sorts), whose Go stack outgrows its 1 GB before 100000 interpreted
//     calls.
//   - Compiled methods that end the process (log.Logger.Fatal, a FlagSet
//     with ExitOnError) end the cell with an Exit error as os.Exit does.
//
// The rewrite side is survive_rewrite.go.

// survival is a session's state for these guards.
type survival struct {
	wakeMu sync.Mutex
	wake   chan struct{} // closed (and replaced) by every interrupt

	orphanAt atomic.Int64 // when an overflow outside a run was last handled (unix ns)

	runningG string        // the goroutine of Session.running, when known
	bumped   uint64        // the run id an interrupt made, until restoreRunID
	orphanID atomic.Uint64 // the one orphanOverflow made, until beforeCell
	warning  string        // for the next cell's stderr
}

// woken returns the channel the next interrupt closes.
func (s *Session) woken() <-chan struct{} {
	s.surv.wakeMu.Lock()
	defer s.surv.wakeMu.Unlock()
	if s.surv.wake == nil {
		s.surv.wake = make(chan struct{})
	}
	return s.surv.wake
}

// wakeBlocked ends the waits of the blocking calls the cell's goroutines
// are in (see lockWait): called on interrupt, as yaegi's own interrupt
// ends their blocked channel operations.
func (s *Session) wakeBlocked() {
	s.surv.wakeMu.Lock()
	defer s.surv.wakeMu.Unlock()
	if s.surv.wake != nil {
		close(s.surv.wake)
	}
	s.surv.wake = make(chan struct{})
}

// callInterruptible calls f, interpreted code that compiled code calls
// outside a chunk (a cell's top-level deferred calls), as run runs a
// chunk: in a goroutine of its own, stopped by ctx, by a runaway
// recursion or by a deadlock. It returns the value f panicked with, or the
// error that stopped it.
func (s *Session) callInterruptible(ctx context.Context, f func()) (panicked any, stopped *Error) {
	return s.callInterruptibleFrom(ctx, 0, f)
}

// callInterruptibleFrom is callInterruptible with the depth guard's count
// starting at depth.
func (s *Session) callInterruptibleFrom(ctx context.Context, depth int64, f func()) (panicked any, stopped *Error) {
	if ctx.Err() != nil {
		return nil, &Error{Name: "Interrupted", Message: "evaluation interrupted"}
	}
	ctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	s.guard.depth.Store(depth)
	s.guard.stop.Store(&stop)
	defer s.guard.stop.Store(nil)
	// The interpreted functions f calls block on the done channel of the
	// frames they were made in: the last chunk's, still armed.
	it, own := newInterruptor(s.in)
	var armed chan struct{}
	if own {
		it.mu.RLock()
		armed = *it.done
		it.mu.RUnlock()
		select {
		case <-armed:
			armed = s.arm(it) // the last chunk was stopped
		default:
			if armed == nil {
				armed = s.arm(it) // no chunk ran yet
			}
		}
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() { panicked = recover() }()
		f()
	}()
	if s.opts.DetectDeadlock {
		go s.watchDeadlock(done, stop)
	}
	select {
	case <-done:
		if ctx.Err() == nil {
			return panicked, nil
		}
	case <-ctx.Done():
	}
	if own {
		s.surv.bumped = it.stop(armed)
	}
	s.wakeBlocked()
	select {
	case <-done:
		s.restoreRunID()
	case <-time.After(time.Second):
		s.running = done // inside a compiled call: the next Eval waits
		s.surv.runningG = ""
	}
	s.stderr.takeTrace()
	return nil, stoppedError(ctx)
}

// stoppedError is the error of a run stopped through its context.
func stoppedError(ctx context.Context) *Error {
	switch c := context.Cause(ctx).(type) {
	case deadlockCause:
		return &Error{Name: "Deadlock", Message: c.Error(), Traceback: []string{"fatal error: " + c.Error()}}
	case stackOverflow:
		return &Error{Name: "StackOverflow", Message: c.Error(),
			Traceback: []string{"StackOverflow: " + c.Error(), "(the cell was stopped; the session is still usable)"}}
	}
	return &Error{Name: "Interrupted", Message: "evaluation interrupted", Traceback: []string{"Interrupted: " + context.Cause(ctx).Error()}}
}

// lockWait acquires a lock (try, lock; unlock undoes a lock acquired too
// late) in a way an interrupt ends: a helper goroutine waits for it, and
// hands it over or, once the waiter has given up, releases it.
func (s *Session) lockWait(try func() bool, lock, unlock func()) {
	if try() {
		return
	}
	wake := s.woken()
	const waiting, handed, abandoned = 0, 1, 2
	var state atomic.Int32
	got := make(chan struct{})
	go func() {
		lock()
		if !state.CompareAndSwap(waiting, handed) {
			unlock()
			return
		}
		close(got)
	}()
	select {
	case <-got:
	case <-wake:
		if !state.CompareAndSwap(waiting, abandoned) {
			<-got // acquired meanwhile: the (interrupted) caller holds it
		}
	}
}

// waitWake runs wait on a helper goroutine and returns when it does or at
// the next interrupt.
func (s *Session) waitWake(wait func()) {
	wake := s.woken()
	done := make(chan struct{})
	go func() {
		wait()
		close(done)
	}()
	select {
	case <-done:
	case <-wake:
	}
}

// syncFatal is the panic value for the sync package's fatal errors.
func syncFatal(msg string) { panic(&runtimeError{"fatal error: " + msg}) }

// rwReaderCount reads an RWMutex's reader count (-1<<30 when a writer
// holds it and no reader does); ok is false when the field is not found.
func rwReaderCount(rw *sync.RWMutex) (n int32, ok bool) {
	f, found := reflect.TypeFor[sync.RWMutex]().FieldByName("readerCount")
	if !found || f.Type != reflect.TypeFor[atomic.Int32]() {
		return 0, false
	}
	return (*atomic.Int32)(unsafe.Add(unsafe.Pointer(rw), f.Offset)).Load(), true
}

// survivalSymbols are the gg__ helpers the calls survive_rewrite.go
// rewrites call.
func (s *Session) survivalSymbols() map[string]reflect.Value {
	s.guard.orphan = s.orphanOverflow
	return map[string]reflect.Value{
		"MutexLock": reflect.ValueOf(func(mu *sync.Mutex) { s.lockWait(mu.TryLock, mu.Lock, mu.Unlock) }),
		"MutexUnlock": reflect.ValueOf(func(mu *sync.Mutex) {
			if mu.TryLock() {
				mu.Unlock()
				syncFatal("sync: unlock of unlocked mutex")
			}
			mu.Unlock()
		}),
		"RWLock":  reflect.ValueOf(func(rw *sync.RWMutex) { s.lockWait(rw.TryLock, rw.Lock, rw.Unlock) }),
		"RWRLock": reflect.ValueOf(func(rw *sync.RWMutex) { s.lockWait(rw.TryRLock, rw.RLock, rw.RUnlock) }),
		"RWUnlock": reflect.ValueOf(func(rw *sync.RWMutex) {
			if rw.TryLock() {
				rw.Unlock()
				syncFatal("sync: Unlock of unlocked RWMutex")
			}
			if rw.TryRLock() { // read-locked, not write-locked
				rw.RUnlock()
				syncFatal("sync: Unlock of unlocked RWMutex")
			}
			rw.Unlock()
		}),
		"RWRUnlock": reflect.ValueOf(func(rw *sync.RWMutex) {
			if rw.TryLock() {
				rw.Unlock()
				syncFatal("sync: RUnlock of unlocked RWMutex")
			}
			if n, ok := rwReaderCount(rw); ok && n == -(1<<30) {
				syncFatal("sync: RUnlock of unlocked RWMutex")
			}
			rw.RUnlock()
		}),
		"WaitGroupWait": reflect.ValueOf(func(wg *sync.WaitGroup) { s.waitWake(wg.Wait) }),
		"CondWait": reflect.ValueOf(func(c *sync.Cond) {
			// c.Wait unlocks c.L, waits and locks it again: a helper may
			// do that for the caller (a sync.Mutex has no owner).
			wake := s.woken()
			var state atomic.Int32
			done := make(chan struct{})
			go func() {
				c.Wait()
				if !state.CompareAndSwap(0, 1) {
					c.L.Unlock()
					return
				}
				close(done)
			}()
			select {
			case <-done:
			case <-wake:
				if !state.CompareAndSwap(0, 2) {
					<-done
				}
			}
		}),
		"LoggerFatal": reflect.ValueOf(func(l *log.Logger, v ...any) {
			l.Output(2, fmt.Sprint(v...))
			panic(symbols.Exit{Code: 1})
		}),
		"LoggerFatalf": reflect.ValueOf(func(l *log.Logger, format string, v ...any) {
			l.Output(2, fmt.Sprintf(format, v...))
			panic(symbols.Exit{Code: 1})
		}),
		"LoggerFatalln": reflect.ValueOf(func(l *log.Logger, v ...any) {
			l.Output(2, fmt.Sprintln(v...))
			panic(symbols.Exit{Code: 1})
		}),
		"FlagSetParse": reflect.ValueOf(func(fs *flag.FlagSet, args []string) error {
			if fs.ErrorHandling() != flag.ExitOnError {
				return fs.Parse(args)
			}
			// Parse of an ExitOnError set calls os.Exit: parse as
			// ContinueOnError (the same messages) and exit as os.Exit does.
			name := fs.Name()
			fs.Init(name, flag.ContinueOnError)
			err := fs.Parse(args)
			fs.Init(name, flag.ExitOnError)
			if err == flag.ErrHelp {
				panic(symbols.Exit{Code: 0})
			}
			if err != nil {
				panic(symbols.Exit{Code: 2})
			}
			return nil
		}),
		"MakeLen": reflect.ValueOf(makeLen),
	}
}

// makeLen is the length or capacity n of make([]T, ...) with elements of
// size bytes: n itself (as an int), or a panic when the slice is bigger
// than the machine's memory, which Go reports with a fatal error that no
// recover stops ("fatal error: out of memory").
func makeLen(n any, size int) int {
	v := reflect.ValueOf(n)
	var k uint64
	switch {
	case v.CanInt():
		i := v.Int()
		if i < 0 {
			return int(i) // make's own panic: len out of range
		}
		k = uint64(i)
	case v.CanUint():
		k = v.Uint()
	case v.CanFloat(): // an untyped constant (make([]T, 1e9))
		if v.Float() < 0 {
			return int(v.Float())
		}
		k = uint64(v.Float())
	default:
		return 0
	}
	if size > 0 && k > 0 && (k > memLimit()/uint64(size)) {
		panic(&runtimeError{fmt.Sprintf("runtime error: makeslice: cannot allocate %d elements of %d bytes (the machine has %d MB of memory)",
			k, size, memLimit()>>20)})
	}
	return int(k)
}

var (
	memOnce  sync.Once
	memBytes uint64
)

// memLimit is the machine's memory and swap, the most one allocation can
// get (Linux refuses larger ones at once); 256 GB where it is not known.
func memLimit() uint64 {
	memOnce.Do(func() {
		memBytes = 256 << 30
		f, err := os.Open("/proc/meminfo")
		if err != nil {
			return
		}
		defer f.Close()
		var total uint64
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fs := strings.Fields(sc.Text())
			if len(fs) >= 2 && (fs[0] == "MemTotal:" || fs[0] == "SwapTotal:") {
				kb, err := strconv.ParseUint(fs[1], 10, 64)
				if err == nil {
					total += kb << 10
				}
			}
		}
		if total > 0 {
			memBytes = total
		}
	})
	return memBytes
}

// Go stacks grow up to 1 GB; one that would pass it is a fatal error. An
// interpreted call takes about 600 bytes of Go stack, so the depth guard's
// 100000 calls stay far from it; one that compiled code calls back (a
// sort.Slice less function, a String method fmt calls) takes 10 KB and
// more, and a recursion through such calls reached the limit first. So
// the depth guard also looks, every 1024 calls (at most once a
// millisecond), at the memory of all goroutines' stacks: past a quarter
// of the limit, a stack may soon need all of it, and when the
// calling goroutine's is a deep one (many frames: not one of many small
// goroutines), the recursion is stopped. (The depth counter itself cannot
// tell: it counts the calls of all goroutines, and a stopped goroutine
// still unwinding when the next cell starts drives it below zero.)
const (
	stackAlarm  = 256 << 20
	deepFrames  = 200000 // Go frames; a runaway recursion has millions
	stackPeriod = int64(time.Millisecond)
)

var (
	enterCalls   atomic.Int64 // calls of gg__.Enter
	stackCheckAt atomic.Int64 // unix ns of the last look
	stackSample  = []metrics.Sample{{Name: "/memory/classes/heap/stacks:bytes"}}
	stackMu      sync.Mutex
)

// stackNearLimit reports whether goroutine stacks take stackAlarm bytes
// and the calling goroutine's stack is deep.
func stackNearLimit() bool {
	now := time.Now().UnixNano()
	last := stackCheckAt.Load()
	if now-last < stackPeriod || !stackCheckAt.CompareAndSwap(last, now) {
		return false
	}
	stackMu.Lock()
	metrics.Read(stackSample)
	v := stackSample[0].Value
	stackMu.Unlock()
	if v.Kind() != metrics.KindUint64 || v.Uint64() < stackAlarm {
		return false
	}
	return goFrames() >= deepFrames
}

// deepHere tells, past maxDepth calls in all goroutines, whether the
// calling goroutine holds at least half of them (an interpreted call is
// two Go frames or more): four goroutines each 30000 calls deep are no
// runaway recursion. Counting frames takes milliseconds: it looks again
// only after ten times as long, saying no in between.
func (g *depthGuard) deepHere() bool {
	now := time.Now().UnixNano()
	next := g.deepAt.Load()
	if now < next || !g.deepAt.CompareAndSwap(next, now+10*stackPeriod) {
		return false
	}
	deep := int64(goFrames()) >= maxDepth
	took := time.Now().UnixNano() - now
	g.deepAt.Store(time.Now().UnixNano() + max(10*stackPeriod, 10*took))
	return deep
}

// elided matches the count runtime.Stack gives of the frames it leaves
// out of a deep stack.
var elided = regexp.MustCompile(`\.\.\.(\d+) frames elided\.\.\.`)

// goFrames counts (roughly) the calling goroutine's frames.
func goFrames() int {
	buf := make([]byte, 64<<10)
	buf = buf[:runtime.Stack(buf, false)]
	n := bytes.Count(buf, []byte("\n")) / 2
	if m := elided.FindSubmatch(buf); m != nil {
		k, _ := strconv.Atoi(string(m[1]))
		n += k
	}
	return n
}

// orphanOverflow handles a runaway recursion in a goroutine that outlived
// its cell (no run to stop): yaegi's interrupt stops every interpreted
// goroutine of the session, and the overflow is reported as a goroutine's
// panic.
func (s *Session) orphanOverflow(so stackOverflow) {
	now := time.Now().UnixNano()
	last := s.surv.orphanAt.Load()
	if now-last < int64(100*time.Millisecond) || !s.surv.orphanAt.CompareAndSwap(last, now) {
		return
	}
	if it, ok := newInterruptor(s.in); ok {
		// Taken back before the next cell (see beforeCell, restoreRunID).
		s.surv.orphanID.Store(atomic.AddUint64(it.id, 1))
	}
	s.wakeBlocked()
	s.goPanic(fmt.Errorf("%s: the session's goroutines were stopped", so.Error()))
}

// safely runs f, which formats a panic value into e.Message: the value's
// Error or String method may be interpreted code that panics, loops or
// recurses forever, so f runs as a cell's code does, for at most two
// half a second (the cell is over: an Error method that formats its own
// value with %v calls itself, and unwinding the calls of a long
// recursion, each adding to the string the one it called returned, took
// seconds).
func (s *Session) safely(e *Error, f func()) {
	if m := s.safeCall(f); m != "" {
		e.Message = "(a panic value whose Error or String method " + m + ")"
	}
}

// safeCall runs f as safely does; it returns what went wrong ("did not
// return", "recursed more than 5000 times", "panicked: ...") or "".
func (s *Session) safeCall(f func()) string {
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	// At most safeDepth nested calls.
	s.guard.strict.Store(true)
	defer s.guard.strict.Store(false)
	r, stopped := s.callInterruptibleFrom(ctx, maxDepth-safeDepth, f)
	switch {
	case stopped != nil && stopped.Name == "StackOverflow":
		return fmt.Sprintf("recursed more than %d times", safeDepth)
	case stopped != nil:
		return "did not return"
	case r != nil:
		return "panicked: " + plainText(r)
	}
	return ""
}

const safeDepth = 5000

// plainText describes v, a recovered value, calling no method of it but
// those of Go's runtime errors.
func plainText(v any) string {
	if rv, ok := v.(reflect.Value); ok && rv.IsValid() && rv.CanInterface() {
		v = rv.Interface()
	}
	switch x := v.(type) {
	case string:
		return x
	case symbols.Exit:
		return fmt.Sprintf("os.Exit(%d)", x.Code)
	case *runtimeError:
		return x.msg
	default:
		return fmt.Sprintf("%T", x)
	}
}

// goPanicText is the message of a goroutine's panic with value v, run on
// that goroutine (where an interrupt stops an Error method that loops): a
// panic of the value's Error or String method is reported, not raised
// past the goroutine's guard.
func goPanicText(v any) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = "(a panic value whose Error or String method panicked: " + plainText(r) + ")"
		}
	}()
	if err, ok := v.(error); ok {
		return err.Error()
	}
	return fmt.Sprint(v)
}

// noteText calls f, a noted panic's message (fix_panicmsg.go), on the
// calling goroutine; ok is false when f panicked.
func noteText(f func() string) (msg string, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			msg, ok = "", false
		}
	}()
	return f(), true
}

// methodText is what Go prints for a panic with v, a value of a session
// struct type (or a pointer to one) that yaegi hands over without its
// methods: the result of its Error or String method, found through the
// session's fmt dispatchers (see viDispatchers). Called under safely.
func (s *Session) methodText(v any) (string, bool) {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return "", false
	}
	t := rv.Type()
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	// yaegi's struct types are their fields: struct{} is every empty
	// session struct type, and its dispatcher could only guess.
	if t.Kind() != reflect.Struct || t.NumField() == 0 {
		return "", false
	}
	_, structs := s.viDisp.get(0)
	if structs == nil {
		return "", false
	}
	if m, ok := structs(v).(fmtMethods); ok && m.str != nil {
		return m.str(), true
	}
	return "", false
}

// abandonAfter is how long the goroutine of an interrupted cell may stay
// blocked, unchanged, in a compiled call before the next cell runs beside
// it.
var abandonAfter = 3 * time.Second

// awaitRunning waits for the interrupted cell still inside a compiled call
// (Session.running) to stop, as long as ctx allows. A call that is blocked
// for good (a server's Accept, a read that never ends) would keep every
// later cell waiting: once its goroutine has been blocked with the same
// stack for abandonAfter, the session leaves it behind, with a warning.
// (Should the call return after all, yaegi finds its run stopped and
// unwinds it.)
func (s *Session) awaitRunning(ctx context.Context) bool {
	const period = 250 * time.Millisecond
	tick := time.NewTicker(period)
	defer tick.Stop()
	last, since := "", time.Now()
	for {
		select {
		case <-s.running:
			s.running, s.surv.runningG = nil, ""
			s.restoreRunID()
			return true
		case <-ctx.Done():
			return false
		case <-tick.C:
		}
		state, stack := goroutineState(s.surv.runningG)
		if state == "" || state == "running" || state == "runnable" || stack != last {
			last, since = stack, time.Now()
			continue
		}
		if time.Since(since) >= abandonAfter {
			s.surv.bumped = 0 // it stays stopped, should its call return
			s.surv.warning = fmt.Sprintf("warning: an interrupted cell is still blocked in a compiled call [%s]; the session goes on without it\n", state)
			s.running, s.surv.runningG = nil, ""
			return true
		}
	}
}

// beforeCell runs as a cell starts, its output captured: it takes back the
// run id bump of an overflow outside a run (see orphanOverflow) once the
// goroutines it stopped had a second to unwind (a restore while a chunk
// runs would stop that chunk), and reports the warning awaitRunning left.
func (s *Session) beforeCell() {
	if n := s.surv.orphanID.Swap(0); n != 0 {
		if d := time.Second - time.Duration(time.Now().UnixNano()-s.surv.orphanAt.Load()); d > 0 {
			time.Sleep(d)
		}
		if it, ok := newInterruptor(s.in); ok {
			it.restore(n)
		}
	}
	s.flushWarning()
}

// flushWarning writes the pending warning on the cell's stderr.
func (s *Session) flushWarning() {
	if s.surv.warning != "" {
		fmt.Fprint(os.Stderr, s.surv.warning)
		s.surv.warning = ""
	}
}

// goroutineState returns the state ("IO wait", "select") and the stack of
// goroutine gid, or "" when it is not found.
func goroutineState(gid string) (state, stack string) {
	if gid == "" {
		return "", ""
	}
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		if len(buf) >= 64<<20 {
			return "", ""
		}
		buf = make([]byte, 2*len(buf))
	}
	head := []byte("goroutine " + gid + " [")
	i := bytes.Index(buf, head)
	if i < 0 {
		return "", ""
	}
	g := buf[i:]
	if j := bytes.Index(g, []byte("\n\n")); j >= 0 {
		g = g[:j]
	}
	end := bytes.IndexByte(g, ']')
	if end < 0 {
		return "", ""
	}
	state = string(g[len(head):end])
	if k := strings.IndexByte(state, ','); k >= 0 {
		state = state[:k]
	}
	return state, string(g[end:])
}

// varText is display.Text of a session variable's value for Vars: the
// value's String or Error method may be interpreted code (yaegi's wrapper
// of a session type in a fmt.Stringer or error variable), which must not
// hang or end the session while Vars holds it.
func (s *Session) varText(x any) string {
	var text string
	if m := s.safeCall(func() { text = display.Text(x) }); m != "" {
		return "(its String or Error method " + m + ")"
	}
	return text
}

// restoreRunID undoes the run id bump of the last interrupt, once the
// interrupted code has stopped. yaegi stops interpreted code by bumping
// the interpreter's run id: every frame runs only while its own id (the
// id when it was made) is the interpreter's. Compiled code calling back an
// interpreted function (sort.Slice's less, a String method through
// fmt.Stringer, an http handler) makes its frame with the id of the frame
// the function was made in: after an interrupt, every such function made
// by an earlier cell returned at once, doing nothing (sort.Slice(xs, less)
// left xs unsorted), for the rest of the session. The interrupted
// goroutines (and those of the cell that spin or block on channels) have
// seen the new id by then; after a short grace the old id comes back.
func (s *Session) restoreRunID() {
	n := s.surv.bumped
	if n == 0 {
		return
	}
	s.surv.bumped = 0
	it, ok := newInterruptor(s.in)
	if !ok {
		return
	}
	// The cell's other goroutines stop: those deep in calls unwind them,
	// leaving each (gg__.Leave) until the depth count is still; with the
	// old id back, the frames they have not left yet would go on.
	last, still := s.guard.depth.Load(), time.Now()
	for start := time.Now(); time.Since(start) < 2*time.Second; {
		time.Sleep(10 * time.Millisecond)
		if d := s.guard.depth.Load(); d != last {
			last, still = d, time.Now()
		} else if time.Since(still) >= 50*time.Millisecond {
			break
		}
	}
	it.restore(n)
}

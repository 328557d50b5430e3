package interp

import (
	"reflect"
	"sync"
	"sync/atomic"
	"unsafe"

	yaegi "github.com/traefik/yaegi/interp"
)

// yaegi's ExecuteWithContext interrupts interpreted code by bumping the
// interpreter's run id (every interpreted step checks it) and closing its
// done channel (blocked channel operations select on it). But it returns
// at once when its context is cancelled, while the goroutine it started
// still runs and then writes the results it returns: a data race inside
// yaegi, and nothing to wait on before the next cell may start.
//
// The session instead calls Execute in a goroutine of its own and triggers
// the same interrupt itself, through the unexported fields of yaegi
// v0.16.1's Interpreter (found by name and type; when they are not, the
// session falls back to ExecuteWithContext). The goroutine's end is then a
// channel the session waits on: the next cell starts only after the
// interrupted one has stopped touching the interpreter.
//
// `go test -race ./interp` may still report races between a goroutine a
// cell started (an interpreted go statement) and the code running beside
// it: yaegi gives the goroutine a copy of its frame that shares the
// interpreter's global storage, which the next chunk's Execute resizes and
// which interpreted code reads and writes without synchronisation. Those
// races are inside yaegi's go statement and global frame, not in the
// session, and cannot be avoided from outside it short of never running
// code while a cell's goroutine is alive.

// interruptor triggers yaegi's interrupt for one interpreter.
type interruptor struct {
	id         *uint64
	mu         *sync.RWMutex
	done       *chan struct{}
	cancelChan *bool
}

// newInterruptor finds in's interrupt fields; ok is false when this yaegi
// does not have them as expected.
func newInterruptor(in *yaegi.Interpreter) (it interruptor, ok bool) {
	v := reflect.ValueOf(in).Elem()
	field := func(name string, t reflect.Type) unsafe.Pointer {
		f := v.FieldByName(name)
		if !f.IsValid() || f.Type() != t {
			return nil
		}
		return unsafe.Pointer(f.UnsafeAddr())
	}
	id := field("id", reflect.TypeFor[uint64]())
	mu := field("mutex", reflect.TypeFor[sync.RWMutex]())
	done := field("done", reflect.TypeFor[chan struct{}]())
	cc := field("cancelChan", reflect.TypeFor[bool]())
	if id == nil || mu == nil || done == nil || cc == nil {
		return it, false
	}
	return interruptor{id: (*uint64)(id), mu: (*sync.RWMutex)(mu), done: (*chan struct{})(done), cancelChan: (*bool)(cc)}, true
}

// arm prepares a run, as ExecuteWithContext does: a fresh done channel and
// cancellable channel operations. It returns the channel stop closes.
func (it interruptor) arm() chan struct{} {
	it.mu.Lock()
	defer it.mu.Unlock()
	d := make(chan struct{})
	*it.done = d
	*it.cancelChan = true
	return d
}

// arm arms a run (interruptor.arm) and keeps its done channel: the
// goroutines a run started select on it in their channel operations for
// as long as they live, and an interrupt closes only the running one's;
// Close closes them all.
func (s *Session) arm(it interruptor) chan struct{} {
	d := it.arm()
	s.armedMu.Lock()
	s.armed = append(s.armed, d) // a channel per chunk, as yaegi keeps a frame slot or more
	s.armedMu.Unlock()
	return d
}

// stop interrupts the run armed with done. It returns the new run id.
func (it interruptor) stop(done chan struct{}) uint64 {
	n := atomic.AddUint64(it.id, 1)
	it.closeDone(done)
	return n
}

// closeDone closes done unless it is closed already (Session.Close may
// stop the session's goroutines while a chunk is being stopped).
func (it interruptor) closeDone(done chan struct{}) {
	it.mu.Lock()
	defer it.mu.Unlock()
	select {
	case <-done:
	default:
		close(done)
	}
}

// stopAll stops every interpreted goroutine for good, with no restore:
// those that outlived their cells (a spinning loop, a goroutine blocked on
// a channel) as well as a running chunk. armed are the done channels of
// every run (see Session.arm): a goroutine's channel operations select on
// its own run's.
func (it interruptor) stopAll(armed []chan struct{}) {
	atomic.AddUint64(it.id, 1)
	for _, d := range armed {
		it.closeDone(d)
	}
}

// restore takes back the new run id n once the interrupted code has
// stopped (see Session.restoreRunID).
func (it interruptor) restore(n uint64) {
	atomic.CompareAndSwapUint64(it.id, n, n-1)
}

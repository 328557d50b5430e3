package accel

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// The worker pool: persistent goroutines that help a caller run the parts
// of one operation. A caller always works too, and hands parts only to
// workers that are idle at that moment, so a kernel called from already
// parallel code (every worker busy) runs on the caller alone instead of
// piling more goroutines onto the cores.

var (
	threads    atomic.Int64 // the number of threads an operation may use
	poolMu     sync.Mutex
	poolSize   int          // workers started so far
	poolIdle   atomic.Int64 // workers waiting for a job, not yet claimed
	maxThreads = 1024
	poolWork   = make(chan *job, maxThreads)
)

func init() { threads.Store(int64(runtime.GOMAXPROCS(0))) }

// SetThreads sets how many threads (the caller plus pool workers) one
// operation may use and returns the previous setting. n < 1 means
// runtime.GOMAXPROCS(0), all the cores the Go runtime uses.
func SetThreads(n int) int {
	if n < 1 {
		n = runtime.GOMAXPROCS(0)
	}
	if n > maxThreads {
		n = maxThreads
	}
	return int(threads.Swap(int64(n)))
}

// Threads reports how many threads one operation may use (SetThreads).
func Threads() int { return int(threads.Load()) }

// job is one parallel loop: parts 0..n-1, each run once by whoever claims
// it first.
type job struct {
	n    int64
	next atomic.Int64
	fn   func(part int)
	wg   sync.WaitGroup
}

func (j *job) work() {
	for {
		i := j.next.Add(1) - 1
		if i >= j.n {
			return
		}
		j.fn(int(i))
	}
}

// workerSpin is how long a worker keeps polling for the next job before
// it blocks: back-to-back calls (a training step is hundreds of products)
// then find it running instead of paying an OS wake-up each, which on a
// loaded machine can cost more than a small product.
const workerSpin = 50 * time.Microsecond

func worker() {
	for {
		j := nextJob()
		j.work()
		poolIdle.Add(1)
		j.wg.Done()
	}
}

func nextJob() *job {
	var start time.Time
	for spins := 0; ; spins++ {
		select {
		case j := <-poolWork:
			return j
		default:
		}
		if spins&63 == 0 {
			runtime.Gosched() // other goroutines waiting for this P go first
			if start.IsZero() {
				start = time.Now()
			} else if time.Since(start) > workerSpin {
				return <-poolWork
			}
		}
	}
}

func ensureWorkers(n int) {
	poolMu.Lock()
	for poolSize < n {
		go worker()
		poolSize++
		poolIdle.Add(1)
	}
	poolMu.Unlock()
}

// parallelFor runs fn(0..n-1) on up to Threads() threads and returns when
// all are done. Parts must be independent.
func parallelFor(n int, fn func(part int)) {
	t := Threads()
	if t > n {
		t = n
	}
	if t <= 1 {
		for i := 0; i < n; i++ {
			fn(i)
		}
		return
	}
	ensureWorkers(t - 1)
	j := &job{n: int64(n), fn: fn}
	for h := 0; h < t-1 && claimWorker(); h++ {
		j.wg.Add(1)
		poolWork <- j
	}
	j.work()
	j.wg.Wait()
}

// claimWorker reserves one idle worker, or reports that none is idle (all
// are helping other callers), in which case the caller works alone.
func claimWorker() bool {
	for {
		v := poolIdle.Load()
		if v <= 0 {
			return false
		}
		if poolIdle.CompareAndSwap(v, v-1) {
			return true
		}
	}
}

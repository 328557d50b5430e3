package tensor

import (
	"runtime"
	"sync"
	"unsafe"
)

// Buffer recycling. Allocating a fresh multi-megabyte slice for every op
// result costs more than the op itself (zeroing, and page faults on memory
// the runtime returned to the OS). Large buffers therefore carry a
// finalizer: once no Go value refers to any part of a buffer (tensor,
// view, or slice returned by Data), the garbage collector hands it back
// here and a later op of the same size reuses it. Only buffers this
// package allocated are recycled, never memory given to Wrap.

const (
	poolMinElems   = 1 << 14   // smaller buffers are cheap to allocate
	poolMaxBytes   = 256 << 20 // cap on memory held for reuse
	poolMaxPerSize = 64
)

var pool = struct {
	sync.Mutex
	free  map[int][][]float32
	bytes int
}{free: map[int][][]float32{}}

// alloc returns a slice of n floats with unspecified contents; the caller
// must write every element.
func alloc(n int) []float32 {
	if n < poolMinElems {
		return make([]float32, n)
	}
	pool.Lock()
	if l := pool.free[n]; len(l) > 0 {
		b := l[len(l)-1]
		l[len(l)-1] = nil
		pool.free[n] = l[:len(l)-1]
		pool.bytes -= 4 * n
		pool.Unlock()
		track(b)
		return b
	}
	pool.Unlock()
	b := make([]float32, n)
	track(b)
	return b
}

// allocZero returns n zeroed floats.
func allocZero(n int) []float32 {
	b := alloc(n)
	if n >= poolMinElems {
		clear(b)
	}
	return b
}

// track arms the finalizer that returns b to the pool when it becomes
// unreachable.
func track(b []float32) {
	n := len(b)
	runtime.SetFinalizer(&b[0], func(p *float32) { recycle(unsafe.Slice(p, n)) })
}

func recycle(b []float32) {
	pool.Lock()
	defer pool.Unlock()
	n := len(b)
	if pool.bytes+4*n > poolMaxBytes || len(pool.free[n]) >= poolMaxPerSize {
		return // dropped: the collector frees it next cycle
	}
	pool.free[n] = append(pool.free[n], b)
	pool.bytes += 4 * n
}

// newTensorUninit allocates a contiguous tensor whose elements the caller
// overwrites entirely.
func newTensorUninit(shape ...int) *Tensor {
	shape = append([]int(nil), shape...)
	return &Tensor{st: &storage{data: alloc(numel(shape))}, shape: shape, strides: contiguousStrides(shape)}
}

// ReleaseMemory drops the result buffers kept for reuse, so the garbage
// collector can return them to the operating system.
func ReleaseMemory() {
	pool.Lock()
	pool.free = map[int][][]float32{}
	pool.bytes = 0
	pool.Unlock()
}

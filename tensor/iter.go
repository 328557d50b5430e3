package tensor

import (
	"runtime"
	"sync"
)

// parallelGrain is the number of elements below which an op stays on one
// goroutine: under it, the cost of starting workers exceeds the gain.
const parallelGrain = 1 << 15

// maxWorkers caps the goroutines one op splits into.
var maxWorkers = runtime.GOMAXPROCS(0)

// SetNumThreads sets how many goroutines large ops split across (at
// least 1) and returns the previous value.
func SetNumThreads(n int) int {
	old := maxWorkers
	if n < 1 {
		n = 1
	}
	maxWorkers = n
	return old
}

// rowGrain is the number of rows of length inner that make up a chunk
// worth a goroutine.
func rowGrain(inner int) int {
	if inner <= 0 {
		return parallelGrain
	}
	g := parallelGrain / inner
	if g < 1 {
		g = 1
	}
	return g
}

// parallelFor runs fn over [0,n) split into contiguous ranges of at least
// grain items, one per worker.
func parallelFor(n, grain int, fn func(lo, hi int)) {
	if n <= 0 {
		return
	}
	w := maxWorkers
	if grain < 1 {
		grain = 1
	}
	if c := n / grain; c < w {
		w = c
	}
	if w <= 1 {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	chunk := (n + w - 1) / w
	for lo := chunk; lo < n; lo += chunk {
		hi := min(lo+chunk, n)
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			fn(lo, hi)
		}(lo, hi)
	}
	fn(0, min(chunk, n))
	wg.Wait()
}

// coalesce drops size-1 dimensions and merges adjacent dimensions that are
// contiguous with each other in every operand, so loops run over as few,
// as long rows as possible. It always returns at least one dimension.
func coalesce(shape []int, strides ...[]int) ([]int, [][]int) {
	cs := make([]int, 0, len(shape))
	cst := make([][]int, len(strides))
	for k := range strides {
		cst[k] = make([]int, 0, len(shape))
	}
	for d := 0; d < len(shape); d++ {
		if shape[d] == 1 {
			continue
		}
		if n := len(cs); n > 0 {
			merge := true
			for k := range strides {
				if cst[k][n-1] != strides[k][d]*shape[d] {
					merge = false
					break
				}
			}
			if merge {
				cs[n-1] *= shape[d]
				for k := range strides {
					cst[k][n-1] = strides[k][d]
				}
				continue
			}
		}
		cs = append(cs, shape[d])
		for k := range strides {
			cst[k] = append(cst[k], strides[k][d])
		}
	}
	if len(cs) == 0 {
		cs = append(cs, 1)
		for k := range strides {
			cst[k] = append(cst[k], 0)
		}
	}
	return cs, cst
}

// iter walks the outer (all but innermost) dimensions of a strided
// iteration space, tracking one storage offset per operand.
type iter struct {
	shape   []int
	strides [][]int
	base    []int
	idx     []int
	off     []int
}

func newIter(shape []int, strides [][]int, base []int) *iter {
	return &iter{shape: shape, strides: strides, base: base, idx: make([]int, len(shape)), off: append([]int(nil), base...)}
}

// seek positions the iterator at flat row index row.
func (it *iter) seek(row int) {
	for d := len(it.shape) - 1; d >= 0; d-- {
		it.idx[d] = row % it.shape[d]
		row /= it.shape[d]
	}
	for k := range it.off {
		o := it.base[k]
		for d, i := range it.idx {
			o += i * it.strides[k][d]
		}
		it.off[k] = o
	}
}

// next advances to the following row.
func (it *iter) next() {
	for d := len(it.shape) - 1; d >= 0; d-- {
		it.idx[d]++
		for k := range it.off {
			it.off[k] += it.strides[k][d]
		}
		if it.idx[d] < it.shape[d] {
			return
		}
		for k := range it.off {
			it.off[k] -= it.strides[k][d] * it.shape[d]
		}
		it.idx[d] = 0
	}
}

// normAxis turns a possibly negative axis into an index, panicking with
// the op name and shape when it is out of range.
func normAxis(op string, axis, ndim int, shape []int) int {
	a := axis
	if a < 0 {
		a += ndim
	}
	if a < 0 || a >= ndim {
		panicf("%s: axis %d out of range for shape %v", op, axis, shape)
	}
	return a
}

// broadcastShape returns the NumPy broadcast of two shapes.
func broadcastShape(op string, a, b []int) []int {
	n := max(len(a), len(b))
	out := make([]int, n)
	for i := 0; i < n; i++ {
		da, db := 1, 1
		if j := i - (n - len(a)); j >= 0 {
			da = a[j]
		}
		if j := i - (n - len(b)); j >= 0 {
			db = b[j]
		}
		switch {
		case da == db:
			out[i] = da
		case da == 1:
			out[i] = db
		case db == 1:
			out[i] = da
		default:
			panicf("%s: shapes %v and %v cannot be broadcast", op, a, b)
		}
	}
	return out
}

// broadcastStrides returns t's strides for a view broadcast to shape (0 on
// broadcast axes). shape must be a valid broadcast target of t.shape.
func (t *Tensor) broadcastStrides(shape []int) []int {
	s := make([]int, len(shape))
	lead := len(shape) - len(t.shape)
	for i := range t.shape {
		if t.shape[i] == shape[lead+i] {
			s[lead+i] = t.strides[i]
		}
	}
	return s
}

// broadcastTo returns a non-autograd view of t expanded to shape.
func (t *Tensor) broadcastTo(op string, shape []int) *Tensor {
	if len(shape) < len(t.shape) {
		panicf("%s: cannot broadcast shape %v to %v", op, t.shape, shape)
	}
	lead := len(shape) - len(t.shape)
	for i, d := range t.shape {
		if d != shape[lead+i] && d != 1 {
			panicf("%s: cannot broadcast shape %v to %v", op, t.shape, shape)
		}
	}
	return t.view(append([]int(nil), shape...), t.broadcastStrides(shape), t.off)
}

func sameShape(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

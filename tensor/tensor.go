package tensor

import (
	"fmt"
	"math"
)

// storage is the flat buffer shared by a tensor and all its views.
type storage struct {
	data    []float32
	invalid string // non-empty once Invalidate was called
}

// Tensor is an N-dimensional float32 array: a view (shape, strides, offset)
// into a storage buffer shared with other views, plus the autograd state.
// The zero value is not usable; create tensors with the constructors.
type Tensor struct {
	st      *storage
	shape   []int
	strides []int
	off     int

	reqGrad bool    // gradients flow to / through this tensor
	retain  bool    // keep .grad on a non-leaf (RetainGrad)
	grad    *Tensor // accumulated gradient (leaves and retained non-leaves)
	node    *node   // the op that produced this tensor; nil for leaves
}

// panicf aborts a math op with a message naming the op; a notebook session
// recovers it and shows the message.
func panicf(format string, args ...any) {
	panic(fmt.Errorf("tensor: "+format, args...))
}

func numel(shape []int) int {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return n
}

func contiguousStrides(shape []int) []int {
	s := make([]int, len(shape))
	acc := 1
	for i := len(shape) - 1; i >= 0; i-- {
		s[i] = acc
		acc *= shape[i]
	}
	return s
}

func checkShape(op string, shape []int) {
	for _, d := range shape {
		if d < 0 {
			panicf("%s: negative dimension in shape %v", op, shape)
		}
	}
}

// newTensor allocates a zero-filled contiguous tensor (no autograd).
func newTensor(shape ...int) *Tensor {
	shape = append([]int(nil), shape...)
	return &Tensor{st: &storage{data: allocZero(numel(shape))}, shape: shape, strides: contiguousStrides(shape)}
}

// fromData wraps a contiguous buffer without copying (no checks).
func fromData(data []float32, shape []int) *Tensor {
	shape = append([]int(nil), shape...)
	return &Tensor{st: &storage{data: data}, shape: shape, strides: contiguousStrides(shape)}
}

// view returns a tensor sharing t's storage with another layout.
func (t *Tensor) view(shape, strides []int, off int) *Tensor {
	return &Tensor{st: t.st, shape: shape, strides: strides, off: off}
}

// check panics if the storage was invalidated.
func (t *Tensor) check() {
	if t == nil {
		panic(fmt.Errorf("tensor: use of a nil *Tensor"))
	}
	if t.st.invalid != "" {
		panic(fmt.Errorf("tensor: use of invalidated tensor: %s", t.st.invalid))
	}
}

// FromSlice returns a tensor holding a copy of data with the given shape
// (a 1-D tensor when no shape is given). It panics if len(data) does not
// equal the product of shape.
func FromSlice(data []float32, shape ...int) *Tensor {
	c := alloc(len(data))
	copy(c, data)
	return wrapChecked("FromSlice", c, shape)
}

// Wrap returns a tensor that uses data as its storage without copying
// (a 1-D tensor when no shape is given): writes through either are seen by
// the other. It panics if len(data) does not equal the product of shape.
func Wrap(data []float32, shape ...int) *Tensor {
	return wrapChecked("Wrap", data, shape)
}

func wrapChecked(op string, data []float32, shape []int) *Tensor {
	if len(shape) == 0 {
		shape = []int{len(data)}
	}
	checkShape(op, shape)
	if n := numel(shape); n != len(data) {
		panicf("%s: %d values do not fill shape %v (%d elements)", op, len(data), shape, n)
	}
	return fromData(data, shape)
}

// FromFloat64s returns a tensor holding data converted to float32.
func FromFloat64s(data []float64, shape ...int) *Tensor {
	c := make([]float32, len(data))
	for i, v := range data {
		c[i] = float32(v)
	}
	return wrapChecked("FromFloat64s", c, shape)
}

// FromInts returns a tensor holding the integers in data as float32 values
// (exact up to 2^24): the form index tensors (token ids, class targets) take.
func FromInts(data []int, shape ...int) *Tensor {
	c := make([]float32, len(data))
	for i, v := range data {
		c[i] = float32(v)
	}
	return wrapChecked("FromInts", c, shape)
}

// FromRows returns the matrix whose rows are the given slices, which must
// all have the same length.
func FromRows(rows [][]float32) *Tensor {
	if len(rows) == 0 {
		return newTensor(0, 0)
	}
	c := len(rows[0])
	data := make([]float32, 0, len(rows)*c)
	for i, r := range rows {
		if len(r) != c {
			panicf("FromRows: row %d has %d values, row 0 has %d", i, len(r), c)
		}
		data = append(data, r...)
	}
	return fromData(data, []int{len(rows), c})
}

// Scalar returns a 0-dimensional tensor holding v.
func Scalar(v float32) *Tensor {
	return fromData([]float32{v}, nil)
}

// Zeros returns a tensor of the given shape filled with 0.
func Zeros(shape ...int) *Tensor {
	checkShape("Zeros", shape)
	return newTensor(shape...)
}

// Ones returns a tensor of the given shape filled with 1.
func Ones(shape ...int) *Tensor { return Full(1, shape...) }

// Full returns a tensor of the given shape filled with value.
func Full(value float32, shape ...int) *Tensor {
	checkShape("Full", shape)
	t := newTensor(shape...)
	if value != 0 {
		d := t.st.data
		for i := range d {
			d[i] = value
		}
	}
	return t
}

// ZerosLike returns zeros with t's shape.
func ZerosLike(t *Tensor) *Tensor { return Zeros(t.shape...) }

// OnesLike returns ones with t's shape.
func OnesLike(t *Tensor) *Tensor { return Ones(t.shape...) }

// Arange returns the 1-D tensor start, start+step, ... up to but excluding
// end, like numpy.arange.
func Arange(start, end, step float32) *Tensor {
	if step == 0 || math.IsNaN(float64(step)) {
		panicf("Arange: step must be non-zero, got %v", step)
	}
	n := int(math.Ceil(float64(end-start) / float64(step)))
	if n < 0 {
		n = 0
	}
	t := newTensor(n)
	for i := range t.st.data {
		t.st.data[i] = start + float32(i)*step
	}
	return t
}

// Linspace returns n evenly spaced values from start to end inclusive.
func Linspace(start, end float32, n int) *Tensor {
	if n < 0 {
		panicf("Linspace: negative count %d", n)
	}
	t := newTensor(n)
	if n == 1 {
		t.st.data[0] = start
		return t
	}
	step := (float64(end) - float64(start)) / float64(n-1)
	for i := range t.st.data {
		t.st.data[i] = float32(float64(start) + float64(i)*step)
	}
	if n > 1 {
		t.st.data[n-1] = end
	}
	return t
}

// Eye returns the n×n identity matrix.
func Eye(n int) *Tensor {
	if n < 0 {
		panicf("Eye: negative size %d", n)
	}
	t := newTensor(n, n)
	for i := 0; i < n; i++ {
		t.st.data[i*n+i] = 1
	}
	return t
}

// Shape returns a copy of the tensor's dimensions.
func (t *Tensor) Shape() []int { return append([]int(nil), t.shape...) }

// Strides returns a copy of the tensor's strides, in elements.
func (t *Tensor) Strides() []int { return append([]int(nil), t.strides...) }

// Dim returns the number of dimensions.
func (t *Tensor) Dim() int { return len(t.shape) }

// Size returns the length of one axis (negative axes count from the end).
func (t *Tensor) Size(axis int) int { return t.shape[normAxis("Size", axis, len(t.shape), t.shape)] }

// Numel returns the number of elements.
func (t *Tensor) Numel() int { return numel(t.shape) }

// IsContiguous reports whether t's elements are laid out row-major without
// gaps, so Data returns the storage itself.
func (t *Tensor) IsContiguous() bool {
	acc := 1
	for i := len(t.shape) - 1; i >= 0; i-- {
		if t.shape[i] != 1 && t.strides[i] != acc {
			return false
		}
		acc *= t.shape[i]
	}
	return true
}

// SharesStorage reports whether t and u are views of the same buffer.
func (t *Tensor) SharesStorage(u *Tensor) bool { return t.st == u.st }

// Data returns the values in row-major order: for a contiguous tensor the
// underlying storage (writes are visible to every view), otherwise a copy.
func (t *Tensor) Data() []float32 {
	t.check()
	if t.IsContiguous() {
		return t.st.data[t.off : t.off+t.Numel() : t.off+t.Numel()]
	}
	return t.gather()
}

// contigData returns the row-major values, sharing storage when possible.
func (t *Tensor) contigData() []float32 { return t.Data() }

// Float64s returns a copy of the values as float64.
func (t *Tensor) Float64s() []float64 {
	d := t.Data()
	out := make([]float64, len(d))
	for i, v := range d {
		out[i] = float64(v)
	}
	return out
}

// Ints returns the values rounded toward zero as ints (for index tensors).
func (t *Tensor) Ints() []int {
	d := t.Data()
	out := make([]int, len(d))
	for i, v := range d {
		out[i] = int(v)
	}
	return out
}

// Item returns the value of a one-element tensor.
func (t *Tensor) Item() float32 {
	t.check()
	if t.Numel() != 1 {
		panicf("Item: tensor of shape %v has %d elements, want 1", t.shape, t.Numel())
	}
	return t.st.data[t.off]
}

func (t *Tensor) offsetOf(op string, idx []int) int {
	if len(idx) != len(t.shape) {
		panicf("%s: %d indices for tensor of shape %v", op, len(idx), t.shape)
	}
	o := t.off
	for i, v := range idx {
		if v < 0 {
			v += t.shape[i]
		}
		if v < 0 || v >= t.shape[i] {
			panicf("%s: index %v out of range for shape %v", op, idx, t.shape)
		}
		o += v * t.strides[i]
	}
	return o
}

// At returns the element at the given index (negative indices count from
// the end of their axis).
func (t *Tensor) At(idx ...int) float32 {
	t.check()
	return t.st.data[t.offsetOf("At", idx)]
}

// Set writes one element in place (visible through every view). It does
// not record autograd history.
func (t *Tensor) Set(value float32, idx ...int) {
	t.check()
	t.st.data[t.offsetOf("Set", idx)] = value
}

// Fill sets every element of t (and so of the views sharing those
// elements) to value, in place, and returns t.
func (t *Tensor) Fill(value float32) *Tensor {
	t.check()
	if t.IsContiguous() {
		d := t.st.data[t.off : t.off+t.Numel()]
		for i := range d {
			d[i] = value
		}
		return t
	}
	forEachOffset(t, func(o int) { t.st.data[o] = value })
	return t
}

// CopyFrom copies src's values into t in place (src broadcast to t's
// shape) and returns t. It does not record autograd history.
func (t *Tensor) CopyFrom(src *Tensor) *Tensor {
	t.check()
	src.check()
	copyInto(t, src.broadcastTo("CopyFrom", t.shape))
	return t
}

// Clone returns a contiguous copy with its own storage. The copy is part of
// the autograd graph (gradients flow back to t).
func (t *Tensor) Clone() *Tensor {
	out := fromData(t.gather(), t.shape)
	return record(out, "Clone", []*Tensor{t}, func(g *Tensor) []*Tensor { return []*Tensor{g} })
}

// Contiguous returns t itself when it is already row-major contiguous and a
// contiguous copy otherwise.
func (t *Tensor) Contiguous() *Tensor {
	t.check()
	if t.IsContiguous() {
		return t
	}
	return t.Clone()
}

// Invalidate marks the storage shared by t and all its views unusable: any
// later use of any of them panics with reason. st calls it before
// unmapping a file so use-after-Close is a readable panic.
func (t *Tensor) Invalidate(reason string) {
	if reason == "" {
		reason = "storage invalidated"
	}
	t.st.invalid = reason
}

// gather copies t's elements into a new row-major slice.
func (t *Tensor) gather() []float32 {
	t.check()
	n := t.Numel()
	out := alloc(n)
	if n == 0 {
		return out
	}
	if t.IsContiguous() {
		copy(out, t.st.data[t.off:t.off+n])
		return out
	}
	copyStrided(out, t.st.data, t.off, t.shape, t.strides)
	return out
}

// copyStrided copies the strided view (off, shape, strides) of src into the
// contiguous dst.
func copyStrided(dst, src []float32, off int, shape, strides []int) {
	cs, cst := coalesce(shape, contiguousStrides(shape), strides)
	if n := len(cs); n >= 2 && cst[1][n-1] != 1 && cst[1][n-2] == 1 && cs[n-1] >= 8 && cs[n-2] >= 8 {
		copyTransposed(dst, src, off, cs, cst)
		return
	}
	inner := cs[len(cs)-1]
	is := cst[1][len(cs)-1]
	outer := cs[:len(cs)-1]
	rows := numel(outer)
	parallelFor(rows, rowGrain(inner), func(lo, hi int) {
		it := newIter(outer, [][]int{cst[0][:len(outer)], cst[1][:len(outer)]}, []int{0, off})
		it.seek(lo)
		for r := lo; r < hi; r++ {
			d := dst[it.off[0] : it.off[0]+inner]
			so := it.off[1]
			if is == 1 {
				copy(d, src[so:so+inner])
			} else {
				for i := range d {
					d[i] = src[so]
					so += is
				}
			}
			it.next()
		}
	})
}

// copyTransposed is copyStrided for a layout whose last two axes are
// transposed in storage (source stride 1 on the second-to-last axis): it
// copies 32×16 tiles so reads and writes both stay within cache lines.
func copyTransposed(dst, src []float32, off int, cs []int, cst [][]int) {
	// a tall, narrow tile: few source rows at once, since power-of-two
	// strides map them all to the same cache set
	const tile, jt = 32, 16
	n := len(cs)
	R, C := cs[n-2], cs[n-1]
	sc := cst[1][n-1] // source stride along the last axis
	outer := cs[:n-2]
	rowTiles := (R + tile - 1) / tile
	parallelFor(numel(outer)*rowTiles, max(1, parallelGrain/(tile*C)), func(lo, hi int) {
		it := newIter(outer, [][]int{cst[0][:n-2], cst[1][:n-2]}, []int{0, off})
		it.seek(lo / rowTiles)
		cur := lo / rowTiles
		for w := lo; w < hi; w++ {
			if o := w / rowTiles; o != cur {
				it.next()
				cur = o
			}
			i0 := (w % rowTiles) * tile
			i1 := min(i0+tile, R)
			do, so := it.off[0], it.off[1]
			for j0 := 0; j0 < C; j0 += jt {
				j1 := min(j0+jt, C)
				for i := i0; i < i1; i++ {
					d := dst[do+i*C+j0 : do+i*C+j1]
					si := so + i + j0*sc
					for j := range d {
						d[j] = src[si]
						si += sc
					}
				}
			}
		}
	})
}

// forEachOffset calls fn with the storage offset of every element of t in
// row-major order (slow path for small utilities).
func forEachOffset(t *Tensor, fn func(int)) {
	n := t.Numel()
	if n == 0 {
		return
	}
	idx := make([]int, len(t.shape))
	o := t.off
	for k := 0; k < n; k++ {
		fn(o)
		for d := len(idx) - 1; d >= 0; d-- {
			idx[d]++
			o += t.strides[d]
			if idx[d] < t.shape[d] {
				break
			}
			o -= t.strides[d] * t.shape[d]
			idx[d] = 0
		}
	}
}

package tensor

// NOTE: bootstrap skeleton written so that other packages (st, interp) can
// compile against the contract below while the full package is built. The
// tensor owner replaces this file; the five exported names below stay.

import "fmt"

// Tensor is an N-dimensional float32 array with optional autograd.
type Tensor struct {
	data    []float32
	shape   []int
	invalid string
}

// FromSlice returns a tensor holding a copy of data with the given shape.
// It panics if len(data) does not equal the product of shape.
func FromSlice(data []float32, shape ...int) *Tensor {
	c := make([]float32, len(data))
	copy(c, data)
	return Wrap(c, shape...)
}

// Wrap returns a tensor that uses data as its storage without copying.
func Wrap(data []float32, shape ...int) *Tensor {
	n := 1
	for _, d := range shape {
		n *= d
	}
	if n != len(data) {
		panic(fmt.Sprintf("tensor: FromSlice: %d values do not fill shape %v", len(data), shape))
	}
	return &Tensor{data: data, shape: append([]int(nil), shape...)}
}

// Shape returns a copy of the tensor's dimensions.
func (t *Tensor) Shape() []int { return append([]int(nil), t.shape...) }

// Data returns the values in row-major order.
func (t *Tensor) Data() []float32 {
	if t.invalid != "" {
		panic("tensor: " + t.invalid)
	}
	return t.data
}

// Invalidate marks the storage of t (shared by all its views) unusable:
// any later use panics with reason. st uses it when a mapped file closes.
func (t *Tensor) Invalidate(reason string) { t.invalid = reason }

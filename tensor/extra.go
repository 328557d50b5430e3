package tensor

import (
	"math"
	"sort"

	"github.com/gograd/gograd/accel"
)

// AllClose reports whether a and b have the same shape and every pair of
// elements satisfies |a-b| <= atol + rtol*|b| (NaNs never match).
func AllClose(a, b *Tensor, rtol, atol float64) bool {
	if !sameShape(a.shape, b.shape) {
		return false
	}
	ad, bd := a.Data(), b.Data()
	for i := range ad {
		x, y := float64(ad[i]), float64(bd[i])
		if math.IsInf(x, 0) || math.IsInf(y, 0) {
			if x != y {
				return false
			}
			continue
		}
		if !(math.Abs(x-y) <= atol+rtol*math.Abs(y)) {
			return false
		}
	}
	return true
}

// Equal reports whether a and b have the same shape and values.
func Equal(a, b *Tensor) bool { return AllClose(a, b, 0, 0) }

// Map returns f applied to every element (no gradient; for quick
// experiments — the built-in ops are much faster).
func (t *Tensor) Map(f func(float32) float32) *Tensor {
	d := t.gather()
	for i, v := range d {
		d[i] = f(v)
	}
	return fromData(d, t.shape)
}

// TopK returns the k largest entries along the last axis, in descending
// order, and their indices (as float32 values). Gradients flow to the
// selected entries.
func (t *Tensor) TopK(k int) (values, indices *Tensor) {
	t.check()
	if len(t.shape) == 0 {
		panicf("TopK: need at least one axis, got a scalar")
	}
	C := t.shape[len(t.shape)-1]
	if k < 0 || k > C {
		panicf("TopK: k=%d out of range for last axis of shape %v", k, t.shape)
	}
	d := t.contigData()
	rows := 0
	if C > 0 {
		rows = len(d) / C
	}
	shape := append(append([]int(nil), t.shape[:len(t.shape)-1]...), k)
	idx := newTensor(shape...)
	order := make([]int, C)
	for r := 0; r < rows; r++ {
		row := d[r*C : (r+1)*C]
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(i, j int) bool {
			a, b := row[order[i]], row[order[j]]
			if a != a { // NaN ranks above everything, like PyTorch
				return b == b
			}
			return a > b
		})
		for i := 0; i < k; i++ {
			idx.st.data[r*k+i] = float32(order[i])
		}
	}
	return t.Gather(len(t.shape)-1, idx), idx
}

// Dropout zeroes each element with probability p and scales the rest by
// 1/(1-p) when training is true; otherwise it returns t unchanged.
func Dropout(t *Tensor, p float32, training bool) *Tensor {
	if p < 0 || p > 1 {
		panicf("Dropout: probability %v outside [0, 1]", p)
	}
	if !training || p == 0 {
		return t
	}
	if p == 1 {
		return t.MulScalar(0)
	}
	return t.Mul(Bernoulli(1-p, t.shape...).MulScalar(1 / (1 - p)))
}

// Cumsum returns the running sum along axis.
func (t *Tensor) Cumsum(axis int) *Tensor {
	t.check()
	ax := normAxis("Cumsum", axis, len(t.shape), t.shape)
	d := t.gather()
	A, R, B := numel(t.shape[:ax]), t.shape[ax], numel(t.shape[ax+1:])
	for a := 0; a < A; a++ {
		for r := 1; r < R; r++ {
			cur := d[(a*R+r)*B : (a*R+r+1)*B]
			prev := d[(a*R+r-1)*B : (a*R+r)*B]
			for i := range cur {
				cur[i] += prev[i]
			}
		}
	}
	out := fromData(d, t.shape)
	return record(out, "Cumsum", []*Tensor{t}, func(g *Tensor) []*Tensor {
		// reverse cumulative sum of g
		gd := g.gather()
		for a := 0; a < A; a++ {
			for r := R - 2; r >= 0; r-- {
				cur := gd[(a*R+r)*B : (a*R+r+1)*B]
				next := gd[(a*R+r+1)*B : (a*R+r+2)*B]
				for i := range cur {
					cur[i] += next[i]
				}
			}
		}
		return []*Tensor{fromData(gd, t.shape)}
	})
}

// inPlaceCheck refuses in-place updates of tensors that autograd tracks,
// like PyTorch: the recorded graph would silently use the new values.
func (t *Tensor) inPlaceCheck(op string) {
	t.check()
	if t.reqGrad && IsGradEnabled() {
		panicf("%s: in-place update of a tensor that requires grad (shape %v); wrap it in tensor.NoGrad(func() { ... })", op, t.shape)
	}
}

// AddInPlace adds u (broadcast to t's shape) into t's storage and returns
// t. Parameters can be updated this way inside NoGrad.
func (t *Tensor) AddInPlace(u *Tensor) *Tensor {
	t.inPlaceCheck("AddInPlace")
	return t.CopyFrom(binaryRaw(bAdd, t, u.broadcastTo("AddInPlace", t.shape)))
}

// SubInPlace subtracts u (broadcast to t's shape) from t in place.
func (t *Tensor) SubInPlace(u *Tensor) *Tensor {
	t.inPlaceCheck("SubInPlace")
	return t.CopyFrom(binaryRaw(bSub, t, u.broadcastTo("SubInPlace", t.shape)))
}

// MulInPlace multiplies t by u (broadcast to t's shape) in place.
func (t *Tensor) MulInPlace(u *Tensor) *Tensor {
	t.inPlaceCheck("MulInPlace")
	return t.CopyFrom(binaryRaw(bMul, t, u.broadcastTo("MulInPlace", t.shape)))
}

// MulScalarInPlace multiplies every element of t by s in place.
func (t *Tensor) MulScalarInPlace(s float32) *Tensor {
	t.inPlaceCheck("MulScalarInPlace")
	if t.IsContiguous() {
		d := t.Data()
		accel.Scale(d, d, s)
		return t
	}
	return t.CopyFrom(unaryRaw(uMulS, t, s, 0))
}

package tensor

import (
	"math"

	"github.com/gograd/gograd/accel"
)

const (
	rSum = iota
	rMax
	rMin
)

var redNames = [...]string{"Sum", "Max", "Min"}

// reducedAxes returns which axes of t the given axes select (all when none
// are given), panicking on out-of-range or repeated axes.
func reducedAxes(op string, shape []int, axes []int) []bool {
	red := make([]bool, len(shape))
	if len(axes) == 0 {
		for i := range red {
			red[i] = true
		}
		return red
	}
	for _, a := range axes {
		i := normAxis(op, a, len(shape), shape)
		if red[i] {
			panicf("%s: axis %d repeated in %v for shape %v", op, a, axes, shape)
		}
		red[i] = true
	}
	return red
}

// keepShape is shape with the reduced axes set to 1.
func keepShape(shape []int, red []bool) []int {
	out := append([]int(nil), shape...)
	for i, r := range red {
		if r {
			out[i] = 1
		}
	}
	return out
}

// dropShape is shape without the reduced axes.
func dropShape(shape []int, red []bool) []int {
	out := []int{}
	for i, r := range red {
		if !r {
			out = append(out, shape[i])
		}
	}
	return out
}

// reduceRaw reduces t over the marked axes, returning the values in the
// keepdim layout (no autograd).
func reduceRaw(kind int, t *Tensor, red []bool) []float32 {
	shape := append([]int(nil), t.shape...)
	for i, r := range red {
		if r && shape[i] == 0 && kind != rSum {
			panicf("%s: cannot reduce an empty axis %d of shape %v", redNames[kind], i, t.shape)
		}
	}
	data := t.contigData()
	red = append([]bool(nil), red...)
	owned := false
	for {
		// last run of reduced axes with size > 1
		end := -1
		for i := len(shape) - 1; i >= 0; i-- {
			if red[i] && shape[i] != 1 {
				end = i
				break
			}
		}
		if end < 0 {
			break
		}
		start := end
		for start > 0 && red[start-1] {
			start--
		}
		A, R, B := numel(shape[:start]), numel(shape[start:end+1]), numel(shape[end+1:])
		data = reduce3(kind, data, A, R, B)
		owned = true
		for i := start; i <= end; i++ {
			shape[i] = 1
		}
	}
	if !owned {
		data = append([]float32(nil), data...)
	}
	return data
}

// reduce3 reduces the middle axis of a row-major [A, R, B] array.
func reduce3(kind int, src []float32, A, R, B int) []float32 {
	if R == 0 {
		return make([]float32, A*B)
	}
	out := alloc(A * B)
	if B == 1 {
		if A < maxWorkers && R >= 2*parallelGrain && kind == rSum {
			// one long row: partial sums per worker
			for a := 0; a < A; a++ {
				row := src[a*R : (a+1)*R]
				parts := make([]float64, maxWorkers)
				chunk := (R + maxWorkers - 1) / maxWorkers
				parallelFor(maxWorkers, 1, func(lo, hi int) {
					for w := lo; w < hi; w++ {
						l, h := min(w*chunk, R), min((w+1)*chunk, R)
						parts[w] = float64(sumRow(row[l:h]))
					}
				})
				var s float64
				for _, p := range parts {
					s += p
				}
				out[a] = float32(s)
			}
			return out
		}
		parallelFor(A, rowGrain(R), func(lo, hi int) {
			for a := lo; a < hi; a++ {
				row := src[a*R : (a+1)*R]
				switch kind {
				case rSum:
					out[a] = sumRow(row)
				case rMax:
					out[a] = maxRow(row)
				case rMin:
					out[a] = minRow(row)
				}
			}
		})
		return out
	}
	body := func(a, blo, bhi int) {
		o := out[a*B+blo : a*B+bhi]
		copy(o, src[a*R*B+blo:a*R*B+bhi])
		for r := 1; r < R; r++ {
			row := src[(a*R+r)*B+blo : (a*R+r)*B+bhi]
			row = row[:len(o)]
			switch kind {
			case rSum:
				accel.Add(o, o, row)
			case rMax:
				for i, v := range row {
					if v > o[i] || v != v {
						o[i] = v
					}
				}
			case rMin:
				for i, v := range row {
					if v < o[i] || v != v {
						o[i] = v
					}
				}
			}
		}
	}
	if A >= maxWorkers || A*R*B < 2*parallelGrain {
		parallelFor(A, rowGrain(R*B), func(lo, hi int) {
			for a := lo; a < hi; a++ {
				body(a, 0, B)
			}
		})
	} else {
		for a := 0; a < A; a++ {
			parallelFor(B, rowGrain(R), func(lo, hi int) { body(a, lo, hi) })
		}
	}
	return out
}

// sumRow sums blocks of 1024 with eight float32 accumulators each (fast)
// and adds the block sums in float64, so long rows keep about float32
// precision instead of losing digits with length.
func sumRow(x []float32) float32 {
	if len(x) <= 1024 {
		return sumBlock(x)
	}
	var total float64
	for len(x) > 0 {
		n := min(len(x), 1024)
		total += float64(sumBlock(x[:n]))
		x = x[n:]
	}
	return float32(total)
}

func sumBlock(x []float32) float32 {
	var s0, s1, s2, s3, s4, s5, s6, s7 float32
	i := 0
	for ; i+8 <= len(x); i += 8 {
		v := x[i : i+8 : i+8]
		s0 += v[0]
		s1 += v[1]
		s2 += v[2]
		s3 += v[3]
		s4 += v[4]
		s5 += v[5]
		s6 += v[6]
		s7 += v[7]
	}
	for ; i < len(x); i++ {
		s0 += x[i]
	}
	return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7))
}

func maxRow(x []float32) float32 {
	if len(x) >= 64 {
		// SIMD max; accel.Max skips NaNs, so look for one only when the
		// SIMD sum says there may be one (NaN, or +Inf and -Inf)
		m := accel.Max(x)
		if s := accel.Sum(x); s != s {
			for _, v := range x {
				if v != v {
					return v
				}
			}
		}
		return m
	}
	m := x[0]
	for _, v := range x[1:] {
		if v > m || v != v {
			m = v
		}
	}
	return m
}

func minRow(x []float32) float32 {
	m := x[0]
	for _, v := range x[1:] {
		if v < m || v != v {
			m = v
		}
	}
	return m
}

func (t *Tensor) reduceOp(kind int, name string, keep bool, axes []int) *Tensor {
	t.check()
	red := reducedAxes(name, t.shape, axes)
	ks := keepShape(t.shape, red)
	out := fromData(reduceRaw(kind, t, red), ks)
	if !keep {
		out = out.view(dropShape(t.shape, red), nil, 0)
		out.strides = contiguousStrides(out.shape)
	}
	return record(out, name, []*Tensor{t}, func(g *Tensor) []*Tensor {
		gk := g.Reshape(ks...)
		if kind == rSum {
			return []*Tensor{gk.Expand(t.shape...)}
		}
		// max/min: split the gradient evenly between tied extremes
		mk := fromData(out.contigData(), ks)
		mask := binaryRaw(bEq, t, mk)
		cnt := fromData(reduceRaw(rSum, mask, red), ks)
		return []*Tensor{mask.Mul(gk.Div(cnt))}
	})
}

// Sum adds the elements over the given axes (all when none are given),
// removing them from the shape.
func (t *Tensor) Sum(axes ...int) *Tensor { return t.reduceOp(rSum, "Sum", false, axes) }

// SumKeepDim is Sum keeping the reduced axes with size 1.
func (t *Tensor) SumKeepDim(axes ...int) *Tensor { return t.reduceOp(rSum, "Sum", true, axes) }

// Max returns the largest elements over the given axes (all when none).
func (t *Tensor) Max(axes ...int) *Tensor { return t.reduceOp(rMax, "Max", false, axes) }

// MaxKeepDim is Max keeping the reduced axes with size 1.
func (t *Tensor) MaxKeepDim(axes ...int) *Tensor { return t.reduceOp(rMax, "Max", true, axes) }

// Min returns the smallest elements over the given axes (all when none).
func (t *Tensor) Min(axes ...int) *Tensor { return t.reduceOp(rMin, "Min", false, axes) }

// MinKeepDim is Min keeping the reduced axes with size 1.
func (t *Tensor) MinKeepDim(axes ...int) *Tensor { return t.reduceOp(rMin, "Min", true, axes) }

func reducedCount(shape []int, axes []int, op string) int {
	red := reducedAxes(op, shape, axes)
	n := 1
	for i, r := range red {
		if r {
			n *= shape[i]
		}
	}
	return n
}

// Mean averages over the given axes (all when none).
func (t *Tensor) Mean(axes ...int) *Tensor {
	n := reducedCount(t.shape, axes, "Mean")
	return t.Sum(axes...).MulScalar(1 / float32(n))
}

// MeanKeepDim is Mean keeping the reduced axes with size 1.
func (t *Tensor) MeanKeepDim(axes ...int) *Tensor {
	n := reducedCount(t.shape, axes, "Mean")
	return t.SumKeepDim(axes...).MulScalar(1 / float32(n))
}

// Var returns the unbiased variance (divisor N-1, PyTorch's default) over
// the given axes (all when none).
func (t *Tensor) Var(axes ...int) *Tensor { return t.VarCorrection(1, false, axes...) }

// VarKeepDim is Var keeping the reduced axes with size 1.
func (t *Tensor) VarKeepDim(axes ...int) *Tensor { return t.VarCorrection(1, true, axes...) }

// VarCorrection returns the variance with divisor N-correction (0 for the
// population variance as LayerNorm uses, 1 for the unbiased estimate).
func (t *Tensor) VarCorrection(correction int, keepDim bool, axes ...int) *Tensor {
	n := reducedCount(t.shape, axes, "Var")
	d := t.Sub(t.MeanKeepDim(axes...))
	s := d.Square()
	var r *Tensor
	if keepDim {
		r = s.SumKeepDim(axes...)
	} else {
		r = s.Sum(axes...)
	}
	div := n - correction
	if div <= 0 {
		return r.MulScalar(float32(math.NaN()))
	}
	return r.MulScalar(1 / float32(div))
}

// Std returns the unbiased standard deviation over the given axes.
func (t *Tensor) Std(axes ...int) *Tensor { return t.Var(axes...).Sqrt() }

// ArgMax returns the index of the largest element along axis (the first on
// ties), as a float32 tensor with that axis removed.
func (t *Tensor) ArgMax(axis int) *Tensor { return t.argExt("ArgMax", axis, true) }

// ArgMin returns the index of the smallest element along axis.
func (t *Tensor) ArgMin(axis int) *Tensor { return t.argExt("ArgMin", axis, false) }

func (t *Tensor) argExt(op string, axis int, isMax bool) *Tensor {
	t.check()
	ax := normAxis(op, axis, len(t.shape), t.shape)
	if t.shape[ax] == 0 {
		panicf("%s: cannot reduce an empty axis %d of shape %v", op, axis, t.shape)
	}
	data := t.contigData()
	A, R, B := numel(t.shape[:ax]), t.shape[ax], numel(t.shape[ax+1:])
	red := make([]bool, len(t.shape))
	red[ax] = true
	out := newTensor(dropShape(t.shape, red)...)
	od := out.st.data
	parallelFor(A, rowGrain(R*B), func(lo, hi int) {
		argRows(od, data, lo, hi, R, B, isMax)
	})
	return out
}

func argRows(od, data []float32, lo, hi, R, B int, isMax bool) {
	for a := lo; a < hi; a++ {
		for b := 0; b < B; b++ {
			best := data[a*R*B+b]
			bi := 0
			for r := 1; r < R; r++ {
				v := data[(a*R+r)*B+b]
				if best != best {
					break
				}
				if (isMax && v > best) || (!isMax && v < best) || v != v {
					best, bi = v, r
				}
			}
			od[a*B+b] = float32(bi)
		}
	}
}

// softmaxRows computes softmax (or log-softmax) of each length-R row.
func softmaxRows(dst, src []float32, R int, log bool) {
	rows := len(src) / R
	parallelFor(rows, rowGrain(R*4), func(lo, hi int) {
		var tmp []float32
		for r := lo; r < hi; r++ {
			x := src[r*R : (r+1)*R]
			y := dst[r*R : (r+1)*R]
			m := maxRow(x)
			if math.IsInf(float64(m), -1) {
				m = 0 // all -inf: keep exp finite
			}
			var s float32
			if log {
				// (v-m) - log(s), not v - (m+log(s)): m+log(s) would round
				// at m's magnitude
				for i, v := range x {
					y[i] = v - m
				}
				if tmp == nil {
					tmp = make([]float32, R)
				}
				accel.Exp(tmp, y)
				l := logf(sumRow(tmp))
				for i := range y {
					y[i] -= l
				}
				continue
			}
			for i, v := range x {
				e := expf(v - m)
				y[i] = e
				s += e
			}
			inv := 1 / s
			for i := range y {
				y[i] *= inv
			}
		}
	})
}

// softmaxLike computes softmax or log-softmax along axis, moving the axis
// last (a contiguous copy) when it is not already.
func (t *Tensor) softmaxLike(op string, axis int, log bool) *Tensor {
	t.check()
	ax := normAxis(op, axis, len(t.shape), t.shape)
	last := len(t.shape) - 1
	src := t
	if ax != last {
		src = t.transposeView(ax, last)
	}
	data := src.contigData()
	R := src.shape[last]
	res := alloc(len(data))
	if R > 0 && len(data) > 0 {
		if log {
			softmaxRows(res, data, R, true)
		} else {
			accel.SoftmaxForward(res, data, len(data)/R, R)
		}
	}
	out := fromData(res, src.shape)
	if ax != last {
		out = fromData(out.transposeView(ax, last).gather(), t.shape)
	}
	return out
}

// Softmax returns exp(t) normalized to sum to 1 along axis, computed
// stably (the row maximum is subtracted first).
func (t *Tensor) Softmax(axis int) *Tensor {
	out := t.softmaxLike("Softmax", axis, false)
	return record(out, "Softmax", []*Tensor{t}, func(g *Tensor) []*Tensor {
		if C := t.shape[len(t.shape)-1]; normAxis("Softmax", axis, len(t.shape), t.shape) == len(t.shape)-1 && C > 0 {
			dx := allocZero(out.Numel())
			accel.SoftmaxBackward(dx, out.contigData(), g.contigData(), len(dx)/C, C)
			return []*Tensor{fromData(dx, t.shape)}
		}
		// dx = y * (g - sum(g*y))
		gy := g.Mul(out)
		return []*Tensor{gy.Sub(out.Mul(gy.SumKeepDim(axis)))}
	})
}

// LogSoftmax returns log(Softmax(t)) along axis, computed stably.
func (t *Tensor) LogSoftmax(axis int) *Tensor {
	out := t.softmaxLike("LogSoftmax", axis, true)
	return record(out, "LogSoftmax", []*Tensor{t}, func(g *Tensor) []*Tensor {
		// dx = g - softmax * sum(g)
		return []*Tensor{g.Sub(out.Exp().Mul(g.SumKeepDim(axis)))}
	})
}

// LogSumExp returns log(sum(exp(t))) along axis, computed stably.
func (t *Tensor) LogSumExp(axis int) *Tensor {
	red := reducedAxes("LogSumExp", t.shape, []int{axis})
	md := reduceRaw(rMax, t, red)
	for i, v := range md {
		if math.IsInf(float64(v), 0) {
			md[i] = 0
		}
	}
	m := fromData(md, keepShape(t.shape, red))
	return t.Sub(m).Exp().Sum(axis).Log().Add(m.Squeeze(axis))
}

package tensor

import (
	"math"

	"github.com/gograd/gograd/accel"
)

// Binary op codes. Kernels switch on the code once per row, never per
// element, so the inner loops stay tight.
const (
	bAdd = iota
	bSub
	bMul
	bDiv
	bPow
	bMax
	bMin
	bEq
	bNe
	bLt
	bLe
	bGt
	bGe
)

var binNames = [...]string{"Add", "Sub", "Mul", "Div", "Pow", "Maximum", "Minimum", "Eq", "Ne", "Lt", "Le", "Gt", "Ge"}

func b2f(b bool) float32 {
	if b {
		return 1
	}
	return 0
}

// binRow computes dst[i] = a[i*sa] op b[i*sb] for i < len(dst).
func binRow(op int, dst, a []float32, sa int, b []float32, sb int) {
	n := len(dst)
	if n == 0 {
		return
	}
	if sa == 1 && sb == 1 {
		a, b = a[:n], b[:n]
		if n >= 256 {
			switch op {
			case bAdd:
				accel.Add(dst, a, b)
				return
			case bMul:
				accel.Mul(dst, a, b)
				return
			}
		}
		switch op {
		case bAdd:
			for i := range dst {
				dst[i] = a[i] + b[i]
			}
			return
		case bSub:
			for i := range dst {
				dst[i] = a[i] - b[i]
			}
			return
		case bMul:
			for i := range dst {
				dst[i] = a[i] * b[i]
			}
			return
		case bDiv:
			for i := range dst {
				dst[i] = a[i] / b[i]
			}
			return
		}
	}
	if sa == 1 && sb == 0 {
		a = a[:n]
		s := b[0]
		switch op {
		case bAdd:
			for i := range dst {
				dst[i] = a[i] + s
			}
			return
		case bSub:
			for i := range dst {
				dst[i] = a[i] - s
			}
			return
		case bMul:
			for i := range dst {
				dst[i] = a[i] * s
			}
			return
		case bDiv:
			for i := range dst {
				dst[i] = a[i] / s
			}
			return
		}
	}
	if sa == 0 && sb == 1 {
		b = b[:n]
		s := a[0]
		switch op {
		case bAdd:
			for i := range dst {
				dst[i] = s + b[i]
			}
			return
		case bSub:
			for i := range dst {
				dst[i] = s - b[i]
			}
			return
		case bMul:
			for i := range dst {
				dst[i] = s * b[i]
			}
			return
		case bDiv:
			for i := range dst {
				dst[i] = s / b[i]
			}
			return
		}
	}
	ia, ib := 0, 0
	switch op {
	case bAdd:
		for i := range dst {
			dst[i] = a[ia] + b[ib]
			ia += sa
			ib += sb
		}
	case bSub:
		for i := range dst {
			dst[i] = a[ia] - b[ib]
			ia += sa
			ib += sb
		}
	case bMul:
		for i := range dst {
			dst[i] = a[ia] * b[ib]
			ia += sa
			ib += sb
		}
	case bDiv:
		for i := range dst {
			dst[i] = a[ia] / b[ib]
			ia += sa
			ib += sb
		}
	case bPow:
		for i := range dst {
			dst[i] = powf(a[ia], b[ib])
			ia += sa
			ib += sb
		}
	case bMax:
		for i := range dst {
			x, y := a[ia], b[ib]
			if y > x || y != y {
				x = y
			}
			dst[i] = x
			ia += sa
			ib += sb
		}
	case bMin:
		for i := range dst {
			x, y := a[ia], b[ib]
			if y < x || y != y {
				x = y
			}
			dst[i] = x
			ia += sa
			ib += sb
		}
	case bEq:
		for i := range dst {
			dst[i] = b2f(a[ia] == b[ib])
			ia += sa
			ib += sb
		}
	case bNe:
		for i := range dst {
			dst[i] = b2f(a[ia] != b[ib])
			ia += sa
			ib += sb
		}
	case bLt:
		for i := range dst {
			dst[i] = b2f(a[ia] < b[ib])
			ia += sa
			ib += sb
		}
	case bLe:
		for i := range dst {
			dst[i] = b2f(a[ia] <= b[ib])
			ia += sa
			ib += sb
		}
	case bGt:
		for i := range dst {
			dst[i] = b2f(a[ia] > b[ib])
			ia += sa
			ib += sb
		}
	case bGe:
		for i := range dst {
			dst[i] = b2f(a[ia] >= b[ib])
			ia += sa
			ib += sb
		}
	}
}

func powf(x, y float32) float32 {
	switch y {
	case 1:
		return x
	case 2:
		return x * x
	case 0.5:
		return float32(math.Sqrt(float64(x)))
	}
	return float32(math.Pow(float64(x), float64(y)))
}

// binaryRaw computes a op b with broadcasting, without autograd.
func binaryRaw(op int, a, b *Tensor) *Tensor {
	a.check()
	b.check()
	shape := broadcastShape(binNames[op], a.shape, b.shape)
	out := newTensorUninit(shape...)
	n := len(out.st.data)
	if n == 0 {
		return out
	}
	od := out.st.data
	if sameShape(a.shape, b.shape) && a.IsContiguous() && b.IsContiguous() {
		ad := a.st.data[a.off : a.off+n]
		bd := b.st.data[b.off : b.off+n]
		switch op {
		case bAdd: // SIMD kernels, split across cores by accel
			accel.Add(od, ad, bd)
			return out
		case bMul:
			accel.Mul(od, ad, bd)
			return out
		}
		parallelFor(n, parallelGrain, func(lo, hi int) {
			binRow(op, od[lo:hi], ad[lo:hi], 1, bd[lo:hi], 1)
		})
		return out
	}
	cs, cst := coalesce(shape, out.strides, a.broadcastStrides(shape), b.broadcastStrides(shape))
	last := len(cs) - 1
	inner := cs[last]
	sa, sb := cst[1][last], cst[2][last]
	outer := cs[:last]
	ad, bd := a.st.data, b.st.data
	if (op == bAdd || op == bMul) && sa == 1 && sb == 1 && inner < tileElems/2 {
		// Add and Mul commute: put the operand that repeats across rows
		// (more zero outer strides) second.
		s1, s2, o1, o2, d1, d2 := cst[1][:last], cst[2][:last], a.off, b.off, ad, bd
		if zeroCount(s1) > zeroCount(s2) {
			s1, s2, o1, o2, d1, d2 = s2, s1, o2, o1, d2, d1
		}
		parallelFor(numel(outer), rowGrain(inner), func(lo, hi int) {
			it := newIter(outer, [][]int{cst[0][:last], s1, s2}, []int{0, o1, o2})
			it.seek(lo)
			binRowsTiled(op, od, d1, d2, inner, it, hi-lo)
		})
		return out
	}
	parallelFor(numel(outer), rowGrain(inner), func(lo, hi int) {
		it := newIter(outer, [][]int{cst[0][:last], cst[1][:last], cst[2][:last]}, []int{0, a.off, b.off})
		it.seek(lo)
		for r := lo; r < hi; r++ {
			binRow(op, od[it.off[0]:it.off[0]+inner], ad[it.off[1]:], sa, bd[it.off[2]:], sb)
			it.next()
		}
	})
	return out
}

func zeroCount(strides []int) int {
	n := 0
	for _, s := range strides {
		if s == 0 {
			n++
		}
	}
	return n
}

// tileElems bounds the block binRowsTiled hands to one SIMD call.
const tileElems = 8192

// binRowsTiled runs rows short rows of a contiguous Add or Mul whose b
// operand repeats across rows (a row-vector broadcast), starting at the
// iterator's position. Consecutive rows where out and a are adjacent and b
// is the same row are merged into one accel call against a buffer holding
// copies of b's row, instead of one call per short row.
func binRowsTiled(op int, od, ad, bd []float32, inner int, it *iter, rows int) {
	k := max(1, tileElems/inner)
	tile := make([]float32, k*inner)
	filled, tileB := 0, -1
	for r := 0; r < rows; {
		o0, a0, b0 := it.off[0], it.off[1], it.off[2]
		m := 1
		it.next()
		r++
		for r < rows && m < k && it.off[0] == o0+m*inner && it.off[1] == a0+m*inner && it.off[2] == b0 {
			m++
			it.next()
			r++
		}
		if m == 1 {
			binRow(op, od[o0:o0+inner], ad[a0:], 1, bd[b0:], 1)
			continue
		}
		if tileB != b0 {
			tileB, filled = b0, 0
		}
		for ; filled < m; filled++ {
			copy(tile[filled*inner:(filled+1)*inner], bd[b0:b0+inner])
		}
		n := m * inner
		if op == bAdd {
			accel.Add(od[o0:o0+n], ad[a0:a0+n], tile[:n])
		} else {
			accel.Mul(od[o0:o0+n], ad[a0:a0+n], tile[:n])
		}
	}
}

// Unary op codes.
const (
	uNeg = iota
	uExp
	uLog
	uSqrt
	uAbs
	uTanh
	uSigmoid
	uRelu
	uGeluTanh
	uGeluErf
	uClamp
	uAddS
	uMulS
	uPowS
	uRSubS // p1 - x
	uRDivS // p1 / x
	uSign
	uStep        // x > 0
	uInRange     // p1 <= x <= p2
	uGeluTanhDer // d/dx gelu_tanh
	uGeluErfDer  // d/dx gelu_erf
	uSin
	uCos
	uSquare
	uRsqrt
	uRecip
	uSiLU
	uSiLUDer
	uLog1p
)

// unaryRow computes dst[i] = f(src[i]) for one op code.
func unaryRow(op int, dst, src []float32, p1, p2 float32) {
	src = src[:len(dst)]
	switch op {
	case uNeg:
		for i, x := range src {
			dst[i] = -x
		}
	case uExp:
		for i, x := range src {
			dst[i] = expf(x)
		}
	case uLog:
		for i, x := range src {
			dst[i] = float32(math.Log(float64(x)))
		}
	case uLog1p:
		for i, x := range src {
			dst[i] = float32(math.Log1p(float64(x)))
		}
	case uSqrt:
		for i, x := range src {
			dst[i] = float32(math.Sqrt(float64(x)))
		}
	case uRsqrt:
		for i, x := range src {
			dst[i] = float32(1 / math.Sqrt(float64(x)))
		}
	case uRecip:
		for i, x := range src {
			dst[i] = 1 / x
		}
	case uSquare:
		for i, x := range src {
			dst[i] = x * x
		}
	case uAbs:
		for i, x := range src {
			dst[i] = float32(math.Abs(float64(x)))
		}
	case uTanh:
		for i, x := range src {
			dst[i] = tanhf(x)
		}
	case uSigmoid:
		for i, x := range src {
			dst[i] = 1 / (1 + expf(-x))
		}
	case uSiLU:
		for i, x := range src {
			dst[i] = x / (1 + expf(-x))
		}
	case uSiLUDer:
		for i, x := range src {
			s := 1 / (1 + expf(-x))
			dst[i] = s * (1 + x*(1-s))
		}
	case uRelu:
		// branch-free: clear the value when its sign bit is set (random
		// signs would defeat the branch predictor)
		for i, x := range src {
			b := math.Float32bits(x)
			dst[i] = math.Float32frombits(b &^ uint32(int32(b)>>31))
		}
	case uGeluTanh:
		for i, x := range src {
			dst[i] = 0.5 * x * (1 + tanhf(sqrt2pi*(x+0.044715*x*x*x)))
		}
	case uGeluTanhDer:
		for i, x := range src {
			u := sqrt2pi * (x + 0.044715*x*x*x)
			th := tanhf(u)
			du := sqrt2pi * (1 + 3*0.044715*x*x)
			dst[i] = 0.5*(1+th) + 0.5*x*(1-th*th)*du
		}
	case uGeluErf:
		for i, x := range src {
			dst[i] = float32(0.5 * float64(x) * (1 + math.Erf(float64(x)/math.Sqrt2)))
		}
	case uGeluErfDer:
		for i, x := range src {
			xf := float64(x)
			dst[i] = float32(0.5*(1+math.Erf(xf/math.Sqrt2)) + xf*math.Exp(-0.5*xf*xf)/math.Sqrt(2*math.Pi))
		}
	case uClamp:
		for i, x := range src {
			if x < p1 {
				x = p1
			}
			if x > p2 {
				x = p2
			}
			dst[i] = x
		}
	case uAddS:
		for i, x := range src {
			dst[i] = x + p1
		}
	case uMulS:
		for i, x := range src {
			dst[i] = x * p1
		}
	case uPowS:
		switch p1 {
		case 2:
			for i, x := range src {
				dst[i] = x * x
			}
		case 3:
			for i, x := range src {
				dst[i] = x * x * x
			}
		default:
			for i, x := range src {
				dst[i] = powf(x, p1)
			}
		}
	case uRSubS:
		for i, x := range src {
			dst[i] = p1 - x
		}
	case uRDivS:
		for i, x := range src {
			dst[i] = p1 / x
		}
	case uSign:
		for i, x := range src {
			switch {
			case x > 0:
				dst[i] = 1
			case x < 0:
				dst[i] = -1
			default:
				dst[i] = 0
			}
		}
	case uStep:
		for i, x := range src {
			// 1 for x > 0: sign bit clear and not ±0
			b := math.Float32bits(x)
			pos := uint32(int32(b)>>31) | uint32(int32(b-1)>>31) // all ones if negative or zero
			dst[i] = math.Float32frombits(0x3f800000 &^ pos)
		}
	case uInRange:
		for i, x := range src {
			dst[i] = b2f(x >= p1 && x <= p2)
		}
	case uSin:
		for i, x := range src {
			dst[i] = float32(math.Sin(float64(x)))
		}
	case uCos:
		for i, x := range src {
			dst[i] = float32(math.Cos(float64(x)))
		}
	default:
		panicf("internal error: unknown unary op %d", op)
	}
}

// unaryRaw applies a unary op elementwise, returning a new contiguous
// tensor (no autograd).
func unaryRaw(op int, t *Tensor, p1, p2 float32) *Tensor {
	t.check()
	var src []float32
	var dst []float32
	if t.IsContiguous() {
		n := t.Numel()
		src = t.st.data[t.off : t.off+n]
		dst = alloc(n)
	} else {
		src = t.gather()
		dst = src // in place on the private copy
		if op == uSiLU {
			dst = alloc(len(src)) // reads x after writing e**-x
		}
	}
	switch op { // SIMD kernels, split across cores by accel
	case uExp:
		accel.Exp(dst, src)
		return fromData(dst, t.shape)
	case uTanh:
		accel.Tanh(dst, src)
		return fromData(dst, t.shape)
	case uGeluTanh:
		accel.GeluForward(dst, src)
		return fromData(dst, t.shape)
	case uSigmoid, uSiLU:
		// 1/(1+exp(-x)) with the SIMD exp, block by block so the three
		// steps run on cache-resident data
		parallelFor(len(dst), parallelGrain, func(lo, hi int) {
			for b := lo; b < hi; b += 2048 {
				e := min(b+2048, hi)
				d, s := dst[b:e], src[b:e]
				for i, x := range s {
					d[i] = -x
				}
				accel.Exp(d, d)
				if op == uSigmoid {
					for i, v := range d {
						d[i] = 1 / (1 + v)
					}
				} else {
					for i, v := range d {
						d[i] = s[i] / (1 + v)
					}
				}
			}
		})
		return fromData(dst, t.shape)
	case uMulS:
		accel.Scale(dst, src, p1)
		return fromData(dst, t.shape)
	}
	grain := parallelGrain
	if op == uExp || op == uTanh || op == uSigmoid || op == uGeluTanh || op == uGeluErf || op == uLog || op >= uGeluTanhDer {
		grain /= 8 // expensive per element
	}
	parallelFor(len(dst), grain, func(lo, hi int) {
		unaryRow(op, dst[lo:hi], src[lo:hi], p1, p2)
	})
	return fromData(dst, t.shape)
}

func unary(op int, name string, t *Tensor, p1, p2 float32, bw func(x, out, g *Tensor) *Tensor) *Tensor {
	out := unaryRaw(op, t, p1, p2)
	if bw == nil {
		return out
	}
	return record(out, name, []*Tensor{t}, func(g *Tensor) []*Tensor { return []*Tensor{bw(t, out, g)} })
}

// Add returns t + u with NumPy broadcasting.
func (t *Tensor) Add(u *Tensor) *Tensor {
	out := binaryRaw(bAdd, t, u)
	return record(out, "Add", []*Tensor{t, u}, func(g *Tensor) []*Tensor {
		return []*Tensor{sumTo(g, t.shape), sumTo(g, u.shape)}
	})
}

// Sub returns t - u with broadcasting.
func (t *Tensor) Sub(u *Tensor) *Tensor {
	out := binaryRaw(bSub, t, u)
	return record(out, "Sub", []*Tensor{t, u}, func(g *Tensor) []*Tensor {
		var gu *Tensor
		if u.reqGrad {
			gu = sumTo(g, u.shape).Neg()
		}
		return []*Tensor{sumTo(g, t.shape), gu}
	})
}

// Mul returns t * u elementwise with broadcasting.
func (t *Tensor) Mul(u *Tensor) *Tensor {
	out := binaryRaw(bMul, t, u)
	return record(out, "Mul", []*Tensor{t, u}, func(g *Tensor) []*Tensor {
		var gt, gu *Tensor
		if t.reqGrad {
			gt = sumTo(g.Mul(u), t.shape)
		}
		if u.reqGrad {
			gu = sumTo(g.Mul(t), u.shape)
		}
		return []*Tensor{gt, gu}
	})
}

// Div returns t / u elementwise with broadcasting.
func (t *Tensor) Div(u *Tensor) *Tensor {
	out := binaryRaw(bDiv, t, u)
	return record(out, "Div", []*Tensor{t, u}, func(g *Tensor) []*Tensor {
		var gt, gu *Tensor
		if t.reqGrad {
			gt = sumTo(g.Div(u), t.shape)
		}
		if u.reqGrad {
			gu = sumTo(g.Mul(out).Div(u).Neg(), u.shape)
		}
		return []*Tensor{gt, gu}
	})
}

// Pow returns t ** u elementwise with broadcasting.
func (t *Tensor) Pow(u *Tensor) *Tensor {
	out := binaryRaw(bPow, t, u)
	return record(out, "Pow", []*Tensor{t, u}, func(g *Tensor) []*Tensor {
		var gt, gu *Tensor
		if t.reqGrad {
			gt = sumTo(g.Mul(u).Mul(t.Pow(u.AddScalar(-1))), t.shape)
		}
		if u.reqGrad {
			gu = sumTo(g.Mul(out).Mul(t.Log()), u.shape)
		}
		return []*Tensor{gt, gu}
	})
}

// Maximum returns the elementwise maximum of t and u with broadcasting.
// The gradient goes to the larger input (to t on ties).
func (t *Tensor) Maximum(u *Tensor) *Tensor {
	out := binaryRaw(bMax, t, u)
	return record(out, "Maximum", []*Tensor{t, u}, func(g *Tensor) []*Tensor {
		m := binaryRaw(bGe, t, u)
		return []*Tensor{sumTo(g.Mul(m), t.shape), sumTo(g.Mul(m.RSubScalar(1)), u.shape)}
	})
}

// Minimum returns the elementwise minimum of t and u with broadcasting.
func (t *Tensor) Minimum(u *Tensor) *Tensor {
	out := binaryRaw(bMin, t, u)
	return record(out, "Minimum", []*Tensor{t, u}, func(g *Tensor) []*Tensor {
		m := binaryRaw(bLe, t, u)
		return []*Tensor{sumTo(g.Mul(m), t.shape), sumTo(g.Mul(m.RSubScalar(1)), u.shape)}
	})
}

// Eq returns 1 where t == u and 0 elsewhere (broadcasting; no gradient).
func (t *Tensor) Eq(u *Tensor) *Tensor { return binaryRaw(bEq, t, u) }

// Ne returns 1 where t != u and 0 elsewhere.
func (t *Tensor) Ne(u *Tensor) *Tensor { return binaryRaw(bNe, t, u) }

// Lt returns 1 where t < u and 0 elsewhere.
func (t *Tensor) Lt(u *Tensor) *Tensor { return binaryRaw(bLt, t, u) }

// Le returns 1 where t <= u and 0 elsewhere.
func (t *Tensor) Le(u *Tensor) *Tensor { return binaryRaw(bLe, t, u) }

// Gt returns 1 where t > u and 0 elsewhere.
func (t *Tensor) Gt(u *Tensor) *Tensor { return binaryRaw(bGt, t, u) }

// Ge returns 1 where t >= u and 0 elsewhere.
func (t *Tensor) Ge(u *Tensor) *Tensor { return binaryRaw(bGe, t, u) }

// EqScalar returns 1 where t == s and 0 elsewhere.
func (t *Tensor) EqScalar(s float32) *Tensor { return binaryRaw(bEq, t, Scalar(s)) }

// GtScalar returns 1 where t > s and 0 elsewhere.
func (t *Tensor) GtScalar(s float32) *Tensor { return binaryRaw(bGt, t, Scalar(s)) }

// LtScalar returns 1 where t < s and 0 elsewhere.
func (t *Tensor) LtScalar(s float32) *Tensor { return binaryRaw(bLt, t, Scalar(s)) }

// AddScalar returns t + s.
func (t *Tensor) AddScalar(s float32) *Tensor {
	return unary(uAddS, "AddScalar", t, s, 0, func(x, out, g *Tensor) *Tensor { return g })
}

// SubScalar returns t - s.
func (t *Tensor) SubScalar(s float32) *Tensor { return t.AddScalar(-s) }

// RSubScalar returns s - t.
func (t *Tensor) RSubScalar(s float32) *Tensor {
	return unary(uRSubS, "RSubScalar", t, s, 0, func(x, out, g *Tensor) *Tensor { return g.Neg() })
}

// MulScalar returns t * s.
func (t *Tensor) MulScalar(s float32) *Tensor {
	return unary(uMulS, "MulScalar", t, s, 0, func(x, out, g *Tensor) *Tensor { return g.MulScalar(s) })
}

// DivScalar returns t / s.
func (t *Tensor) DivScalar(s float32) *Tensor {
	return unary(uMulS, "DivScalar", t, 1/s, 0, func(x, out, g *Tensor) *Tensor { return g.MulScalar(1 / s) })
}

// RDivScalar returns s / t.
func (t *Tensor) RDivScalar(s float32) *Tensor {
	return unary(uRDivS, "RDivScalar", t, s, 0, func(x, out, g *Tensor) *Tensor { return g.Mul(out).Div(x).Neg() })
}

// PowScalar returns t ** p.
func (t *Tensor) PowScalar(p float32) *Tensor {
	return unary(uPowS, "PowScalar", t, p, 0, func(x, out, g *Tensor) *Tensor {
		return g.Mul(x.PowScalar(p - 1)).MulScalar(p)
	})
}

// Square returns t * t.
func (t *Tensor) Square() *Tensor {
	return unary(uSquare, "Square", t, 0, 0, func(x, out, g *Tensor) *Tensor { return g.Mul(x).MulScalar(2) })
}

// Neg returns -t.
func (t *Tensor) Neg() *Tensor {
	return unary(uNeg, "Neg", t, 0, 0, func(x, out, g *Tensor) *Tensor { return g.Neg() })
}

// Exp returns e**t elementwise.
func (t *Tensor) Exp() *Tensor {
	return unary(uExp, "Exp", t, 0, 0, func(x, out, g *Tensor) *Tensor { return g.Mul(out) })
}

// Log returns the natural logarithm elementwise.
func (t *Tensor) Log() *Tensor {
	return unary(uLog, "Log", t, 0, 0, func(x, out, g *Tensor) *Tensor { return g.Div(x) })
}

// Log1p returns log(1+t) elementwise.
func (t *Tensor) Log1p() *Tensor {
	return unary(uLog1p, "Log1p", t, 0, 0, func(x, out, g *Tensor) *Tensor { return g.Div(x.AddScalar(1)) })
}

// Sqrt returns the square root elementwise.
func (t *Tensor) Sqrt() *Tensor {
	return unary(uSqrt, "Sqrt", t, 0, 0, func(x, out, g *Tensor) *Tensor { return g.Div(out).MulScalar(0.5) })
}

// Rsqrt returns 1/sqrt(t) elementwise.
func (t *Tensor) Rsqrt() *Tensor {
	return unary(uRsqrt, "Rsqrt", t, 0, 0, func(x, out, g *Tensor) *Tensor {
		return g.Mul(out.PowScalar(3)).MulScalar(-0.5)
	})
}

// Reciprocal returns 1/t elementwise.
func (t *Tensor) Reciprocal() *Tensor { return t.RDivScalar(1) }

// Abs returns |t| elementwise (gradient 0 at 0).
func (t *Tensor) Abs() *Tensor {
	return unary(uAbs, "Abs", t, 0, 0, func(x, out, g *Tensor) *Tensor { return g.Mul(unaryRaw(uSign, x, 0, 0)) })
}

// Sign returns -1, 0 or 1 elementwise (no gradient).
func (t *Tensor) Sign() *Tensor { return unaryRaw(uSign, t, 0, 0) }

// Sin returns sin(t) elementwise.
func (t *Tensor) Sin() *Tensor {
	return unary(uSin, "Sin", t, 0, 0, func(x, out, g *Tensor) *Tensor { return g.Mul(unaryRaw(uCos, x, 0, 0)) })
}

// Cos returns cos(t) elementwise.
func (t *Tensor) Cos() *Tensor {
	return unary(uCos, "Cos", t, 0, 0, func(x, out, g *Tensor) *Tensor { return g.Mul(unaryRaw(uSin, x, 0, 0)).Neg() })
}

// Tanh returns tanh(t) elementwise.
func (t *Tensor) Tanh() *Tensor {
	return unary(uTanh, "Tanh", t, 0, 0, func(x, out, g *Tensor) *Tensor {
		return g.Mul(out.Square().RSubScalar(1))
	})
}

// Sigmoid returns 1/(1+e**-t) elementwise.
func (t *Tensor) Sigmoid() *Tensor {
	return unary(uSigmoid, "Sigmoid", t, 0, 0, func(x, out, g *Tensor) *Tensor {
		return g.Mul(out.Mul(out.RSubScalar(1)))
	})
}

// SiLU returns t * sigmoid(t) elementwise (also called swish).
func (t *Tensor) SiLU() *Tensor {
	return unary(uSiLU, "SiLU", t, 0, 0, func(x, out, g *Tensor) *Tensor { return g.Mul(unaryRaw(uSiLUDer, x, 0, 0)) })
}

// ReLU returns max(t, 0) elementwise.
func (t *Tensor) ReLU() *Tensor {
	return unary(uRelu, "ReLU", t, 0, 0, func(x, out, g *Tensor) *Tensor { return g.Mul(unaryRaw(uStep, x, 0, 0)) })
}

// GELU returns the Gaussian error linear unit with the tanh approximation
// used by GPT-2 (PyTorch's approximate="tanh").
func (t *Tensor) GELU() *Tensor {
	return unary(uGeluTanh, "GELU", t, 0, 0, func(x, out, g *Tensor) *Tensor {
		dx := allocZero(x.Numel())
		accel.GeluBackward(dx, x.contigData(), g.contigData())
		return fromData(dx, x.shape)
	})
}

// GELUExact returns the Gaussian error linear unit x·Φ(x) computed with
// erf (PyTorch's default approximate="none").
func (t *Tensor) GELUExact() *Tensor {
	return unary(uGeluErf, "GELUExact", t, 0, 0, func(x, out, g *Tensor) *Tensor { return g.Mul(unaryRaw(uGeluErfDer, x, 0, 0)) })
}

// Clamp limits every element to [lo, hi]; the gradient is 0 outside.
func (t *Tensor) Clamp(lo, hi float32) *Tensor {
	if lo > hi {
		panicf("Clamp: lower bound %v above upper bound %v", lo, hi)
	}
	return unary(uClamp, "Clamp", t, lo, hi, func(x, out, g *Tensor) *Tensor {
		return g.Mul(unaryRaw(uInRange, x, lo, hi))
	})
}

// Where returns a where cond is non-zero and b elsewhere, broadcasting all
// three. Gradients flow to a and b through the selected positions.
func Where(cond, a, b *Tensor) *Tensor {
	out := whereRaw(cond, a, b)
	return record(out, "Where", []*Tensor{cond, a, b}, func(g *Tensor) []*Tensor {
		var ga, gb *Tensor
		z := Scalar(0)
		if a.reqGrad {
			ga = sumTo(whereRaw(cond, g, z), a.shape)
		}
		if b.reqGrad {
			gb = sumTo(whereRaw(cond, z, g), b.shape)
		}
		return []*Tensor{nil, ga, gb}
	})
}

func whereRaw(cond, a, b *Tensor) *Tensor {
	cond.check()
	a.check()
	b.check()
	shape := broadcastShape("Where", broadcastShape("Where", cond.shape, a.shape), b.shape)
	out := newTensorUninit(shape...)
	if out.Numel() == 0 {
		return out
	}
	cs, cst := coalesce(shape, out.strides, cond.broadcastStrides(shape), a.broadcastStrides(shape), b.broadcastStrides(shape))
	last := len(cs) - 1
	inner := cs[last]
	sc, sa, sb := cst[1][last], cst[2][last], cst[3][last]
	outer := cs[:last]
	od, cd, ad, bd := out.st.data, cond.st.data, a.st.data, b.st.data
	parallelFor(numel(outer), rowGrain(inner), func(lo, hi int) {
		var st [][]int
		for k := range cst {
			st = append(st, cst[k][:last])
		}
		it := newIter(outer, st, []int{0, cond.off, a.off, b.off})
		it.seek(lo)
		for r := lo; r < hi; r++ {
			o, ic, ia, ib := it.off[0], it.off[1], it.off[2], it.off[3]
			for i := 0; i < inner; i++ {
				if cd[ic] != 0 {
					od[o+i] = ad[ia]
				} else {
					od[o+i] = bd[ib]
				}
				ic += sc
				ia += sa
				ib += sb
			}
			it.next()
		}
	})
	return out
}

// MaskedFill returns t with value wherever mask (broadcast to t's shape) is
// non-zero, e.g. t.MaskedFill(tensor.Triu(T, 1), -inf) for causal
// attention.
func (t *Tensor) MaskedFill(mask *Tensor, value float32) *Tensor {
	if bs := broadcastShape("MaskedFill", mask.shape, t.shape); !sameShape(bs, t.shape) {
		panicf("MaskedFill: mask shape %v does not broadcast to tensor shape %v", mask.shape, t.shape)
	}
	return Where(mask, Scalar(value), t)
}

// Tril returns an n×m matrix of ones on and below diagonal k (0 is the main
// diagonal, positive k moves up) and zeros elsewhere.
func Tril(n, m, k int) *Tensor {
	t := newTensor(n, m)
	for i := 0; i < n; i++ {
		for j := 0; j < m; j++ {
			if j-i <= k {
				t.st.data[i*m+j] = 1
			}
		}
	}
	return t
}

// Triu returns an n×m matrix of ones on and above diagonal k and zeros
// elsewhere. Triu(T, T, 1) is the causal mask: 1 where a query would see a
// future key.
func Triu(n, m, k int) *Tensor {
	t := newTensor(n, m)
	for i := 0; i < n; i++ {
		for j := 0; j < m; j++ {
			if j-i >= k {
				t.st.data[i*m+j] = 1
			}
		}
	}
	return t
}

// Add returns a + b (see (*Tensor).Add).
func Add(a, b *Tensor) *Tensor { return a.Add(b) }

// Sub returns a - b.
func Sub(a, b *Tensor) *Tensor { return a.Sub(b) }

// Mul returns a * b elementwise.
func Mul(a, b *Tensor) *Tensor { return a.Mul(b) }

// Div returns a / b elementwise.
func Div(a, b *Tensor) *Tensor { return a.Div(b) }

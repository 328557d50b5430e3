package tensor

import (
	"math"

	"github.com/gograd/gograd/accel"
)

// LayerNorm normalizes x over its last axis to zero mean and unit
// variance (population variance, plus eps), then scales by weight and adds
// bias (both [C]; either may be nil). Forward and backward are fused, one
// pass per row, as in llm.c:
//
//	x is (..., C), out is (..., C)
//	mean, rstd per row; xhat = (x-mean)*rstd; out = xhat*w + b
//	dx = rstd * (dxhat - mean(dxhat) - xhat*mean(dxhat*xhat)), dxhat = g*w
func LayerNorm(x, weight, bias *Tensor, eps float32) *Tensor {
	x.check()
	if len(x.shape) == 0 {
		panicf("LayerNorm: input needs at least one axis, got shape %v", x.shape)
	}
	C := x.shape[len(x.shape)-1]
	for _, p := range []*Tensor{weight, bias} {
		if p != nil && (len(p.shape) != 1 || p.shape[0] != C) {
			panicf("LayerNorm: input shape %v needs weight and bias of shape [%d], got %v", x.shape, C, p.shape)
		}
	}
	xd := x.contigData()
	var wd, bd []float32
	if weight != nil {
		wd = weight.contigData()
	}
	if bias != nil {
		bd = bias.contigData()
	}
	N := 0
	if C > 0 {
		N = len(xd) / C
	}
	out := alloc(len(xd))
	mean := make([]float32, N)
	rstd := make([]float32, N)
	if eps == 1e-5 && N > 0 && C > 0 {
		// the SIMD kernel (its eps is fixed at PyTorch's default 1e-5)
		w, b := wd, bd
		if w == nil {
			w = Ones(C).st.data
		}
		if b == nil {
			b = make([]float32, C)
		}
		accel.LayerNormForward(out, mean, rstd, xd, w, b, N, C)
	} else {
		layerNormRows(out, mean, rstd, xd, wd, bd, N, C, eps)
	}
	res := fromData(out, x.shape)
	return record(res, "LayerNorm", []*Tensor{x, weight, bias}, func(g *Tensor) []*Tensor {
		gd := g.contigData()
		dx := alloc(len(xd))
		// per-worker partial dweight/dbias, summed after
		workers := max(1, min(maxWorkers, N/max(1, rowGrain(C*3))))
		dws := make([][]float32, workers)
		dbs := make([][]float32, workers)
		chunk := (N + workers - 1) / workers
		parallelFor(workers, 1, func(wlo, whi int) {
			for w := wlo; w < whi; w++ {
				dw := make([]float32, C)
				db := make([]float32, C)
				for r := w * chunk; r < min((w+1)*chunk, N); r++ {
					row := xd[r*C : (r+1)*C]
					gr := gd[r*C : (r+1)*C]
					m, rs := mean[r], rstd[r]
					var sdn, sdnx float32
					for i, v := range row {
						xh := (v - m) * rs
						dn := gr[i]
						if wd != nil {
							dn *= wd[i]
						}
						sdn += dn
						sdnx += dn * xh
						db[i] += gr[i]
						dw[i] += gr[i] * xh
					}
					sdn /= float32(C)
					sdnx /= float32(C)
					o := dx[r*C : (r+1)*C]
					for i, v := range row {
						xh := (v - m) * rs
						dn := gr[i]
						if wd != nil {
							dn *= wd[i]
						}
						o[i] = rs * (dn - sdn - xh*sdnx)
					}
				}
				dws[w], dbs[w] = dw, db
			}
		})
		var gw, gb *Tensor
		if weight != nil && weight.reqGrad {
			s := dws[0]
			for _, d := range dws[1:] {
				for i, v := range d {
					s[i] += v
				}
			}
			gw = fromData(s, weight.shape)
		}
		if bias != nil && bias.reqGrad {
			s := dbs[0]
			for _, d := range dbs[1:] {
				for i, v := range d {
					s[i] += v
				}
			}
			gb = fromData(s, bias.shape)
		}
		return []*Tensor{fromData(dx, x.shape), gw, gb}
	})
}

// ScaledDotProductAttention returns softmax(q·kᵀ/√d + mask)·v for q of
// shape (..., Tq, d), k (..., Tk, d), v (..., Tk, dv). With causal, query i
// attends only to keys j ≤ i + (Tk - Tq).
func ScaledDotProductAttention(q, k, v *Tensor, causal bool) *Tensor {
	if len(q.shape) < 2 || len(k.shape) < 2 || len(v.shape) < 2 {
		panicf("ScaledDotProductAttention: q, k, v need at least 2 axes, got %v, %v, %v", q.shape, k.shape, v.shape)
	}
	if causal && sameShape(q.shape, k.shape) && sameShape(q.shape, v.shape) && len(q.shape) <= 4 && q.Numel() > 0 {
		return fusedCausalAttention(q, k, v)
	}
	d := q.shape[len(q.shape)-1]
	att := q.MatMul(k.T()).MulScalar(float32(1 / math.Sqrt(float64(d))))
	if causal {
		tq, tk := q.shape[len(q.shape)-2], k.shape[len(k.shape)-2]
		att = att.MaskedFill(Triu(tq, tk, tk-tq+1), float32(math.Inf(-1)))
	}
	return att.Softmax(-1).MatMul(v)
}

// layerNormRows is the portable LayerNorm forward for any eps: mean and
// variance accumulate in float64.
func layerNormRows(out, mean, rstd, xd, wd, bd []float32, N, C int, eps float32) {
	parallelFor(N, rowGrain(C*3), func(lo, hi int) {
		for r := lo; r < hi; r++ {
			row := xd[r*C : (r+1)*C]
			var s float64
			for _, v := range row {
				s += float64(v)
			}
			m := float32(s / float64(C))
			var vs float64
			for _, v := range row {
				d := float64(v - m)
				vs += d * d
			}
			rs := float32(1 / math.Sqrt(vs/float64(C)+float64(eps)))
			mean[r], rstd[r] = m, rs
			o := out[r*C : (r+1)*C]
			for i, v := range row {
				y := (v - m) * rs
				if wd != nil {
					y *= wd[i]
				}
				if bd != nil {
					y += bd[i]
				}
				o[i] = y
			}
		}
	})
}

// fusedCausalAttention runs accel's flash-style kernels on q, k, v of equal
// shape (B, H, T, D), (H, T, D) or (T, D): nothing T×T is stored.
func fusedCausalAttention(q, k, v *Tensor) *Tensor {
	n := len(q.shape)
	B, H := 1, 1
	if n >= 3 {
		H = q.shape[n-3]
	}
	if n == 4 {
		B = q.shape[0]
	}
	T, D := q.shape[n-2], q.shape[n-1]
	qd, kd, vd := q.contigData(), k.contigData(), v.contigData()
	out := allocZero(len(qd))
	lse := make([]float32, B*H*T)
	accel.AttentionForward(out, lse, qd, kd, vd, B, H, T, D)
	res := fromData(out, q.shape)
	return record(res, "ScaledDotProductAttention", []*Tensor{q, k, v}, func(g *Tensor) []*Tensor {
		dq := allocZero(len(qd))
		dk := allocZero(len(qd))
		dv := allocZero(len(qd))
		accel.AttentionBackward(dq, dk, dv, g.contigData(), qd, kd, vd, out, lse, B, H, T, D)
		return []*Tensor{fromData(dq, q.shape), fromData(dk, k.shape), fromData(dv, v.shape)}
	})
}

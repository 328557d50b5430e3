package gpt

import (
	"math"

	"github.com/gograd/gograd/accel"
)

// The layers of GPT-2, each forward beside its backward, on plain slices.
// Shapes are written (N, C) for N = B·T rows. Backward functions accumulate
// (+=) into parameter gradients; activation gradients are written or
// accumulated as each comment says.

// encoderForward: out (B,T,C) = wte[ids[b,t]] + wpe[t]; ids (B,T).
func encoderForward(out, wte, wpe []float32, ids []int32, B, T, C int) {
	for b := 0; b < B; b++ {
		for t := 0; t < T; t++ {
			n := b*T + t
			id := int(ids[n])
			accel.Add(out[n*C:(n+1)*C], wte[id*C:(id+1)*C], wpe[t*C:(t+1)*C])
		}
	}
}

// encoderBackward: dwte[ids[b,t]] += dout[b,t]; dwpe[t] += dout[b,t].
func encoderBackward(dwte, dwpe, dout []float32, ids []int32, B, T, C int) {
	for b := 0; b < B; b++ {
		for t := 0; t < T; t++ {
			n := b*T + t
			id := int(ids[n])
			d := dout[n*C : (n+1)*C]
			accel.Axpy(1, d, dwte[id*C:(id+1)*C])
			accel.Axpy(1, d, dwpe[t*C:(t+1)*C])
		}
	}
}

// layerNormForward: out (N,C) = (inp − mean)·rstd·weight + bias, with
// rstd = 1/√(var + eps) (population variance); mean, rstd (N) are saved
// for the backward pass. The fused kernel has eps 1e-5 built in (GPT-2's);
// other values take a plain loop.
func layerNormForward(out, mean, rstd, inp, weight, bias []float32, N, C int, eps float32) {
	if eps == 1e-5 {
		accel.LayerNormForward(out, mean, rstd, inp, weight, bias, N, C)
		return
	}
	layerNormForwardGo(out, mean, rstd, inp, weight, bias, N, C, eps)
}

// layerNormForwardGo is layerNormForward for any eps, in float64.
func layerNormForwardGo(out, mean, rstd, inp, weight, bias []float32, N, C int, eps float32) {
	for n := 0; n < N; n++ {
		x := inp[n*C : (n+1)*C]
		var s float64
		for _, v := range x {
			s += float64(v)
		}
		mu := s / float64(C)
		var ss float64
		for _, v := range x {
			d := float64(v) - mu
			ss += d * d
		}
		r := 1 / math.Sqrt(ss/float64(C)+float64(eps))
		o := out[n*C : (n+1)*C]
		for i, v := range x {
			o[i] = float32((float64(v)-mu)*r)*weight[i] + bias[i]
		}
		if mean != nil {
			mean[n] = float32(mu)
		}
		if rstd != nil {
			rstd[n] = float32(r)
		}
	}
}

// layerNormBackward: dinp (N,C) += …, dweight, dbias (C) += … from dout
// (N,C) and the forward's inp, mean, rstd.
func layerNormBackward(dinp, dweight, dbias, dout, inp, weight, mean, rstd []float32, N, C int) {
	accel.LayerNormBackward(dinp, dweight, dbias, dout, inp, weight, mean, rstd, N, C)
}

// matmulForward: out (N,OC) = inp (N,IC) · w (IC,OC) + bias (OC). w is a
// Hugging Face Conv1D weight, [in, out]. bias may be nil.
func matmulForward(out, inp, w, bias []float32, N, IC, OC int) {
	var beta float32
	if bias != nil {
		for n := 0; n < N; n++ {
			copy(out[n*OC:(n+1)*OC], bias)
		}
		beta = 1
	}
	accel.Sgemm(false, false, N, OC, IC, 1, inp, IC, w, OC, beta, out, OC)
}

// matmulBackward: dinp (N,IC) = dout (N,OC) · wᵀ (written, or accumulated
// when accumulate); dw (IC,OC) += inpᵀ · dout; dbias (OC) += Σₙ dout[n].
func matmulBackward(dinp, dw, dbias, dout, inp, w []float32, N, IC, OC int, accumulate bool) {
	var beta float32
	if accumulate {
		beta = 1
	}
	accel.Sgemm(false, true, N, IC, OC, 1, dout, OC, w, OC, beta, dinp, IC)
	accel.Sgemm(true, false, IC, OC, N, 1, inp, IC, dout, OC, 1, dw, OC)
	if dbias != nil {
		biasBackward(dbias, dout, N, OC)
	}
}

// biasBackward: dbias (OC) += Σₙ dout[n,:], dout (N,OC).
func biasBackward(dbias, dout []float32, N, OC int) {
	for n := 0; n < N; n++ {
		accel.Axpy(1, dout[n*OC:(n+1)*OC], dbias)
	}
}

// splitHeads: q, k, v (B,NH,T,hs) from qkv (B,T,3C), whose columns are
// [q | k | v] and, within each, head h is columns h·hs … h·hs+hs−1.
func splitHeads(q, k, v, qkv []float32, B, T, NH, hs int) {
	C := NH * hs
	for b := 0; b < B; b++ {
		for t := 0; t < T; t++ {
			row := qkv[(b*T+t)*3*C:]
			for h := 0; h < NH; h++ {
				o := ((b*NH+h)*T + t) * hs
				copy(q[o:o+hs], row[h*hs:])
				copy(k[o:o+hs], row[C+h*hs:])
				copy(v[o:o+hs], row[2*C+h*hs:])
			}
		}
	}
}

// mergeHeadsBackward: dqkv (B,T,3C) = the inverse layout of splitHeads of
// dq, dk, dv (B,NH,T,hs) (written).
func mergeHeadsBackward(dqkv, dq, dk, dv []float32, B, T, NH, hs int) {
	C := NH * hs
	for b := 0; b < B; b++ {
		for t := 0; t < T; t++ {
			row := dqkv[(b*T+t)*3*C:]
			for h := 0; h < NH; h++ {
				o := ((b*NH+h)*T + t) * hs
				copy(row[h*hs:h*hs+hs], dq[o:o+hs])
				copy(row[C+h*hs:C+h*hs+hs], dk[o:o+hs])
				copy(row[2*C+h*hs:2*C+h*hs+hs], dv[o:o+hs])
			}
		}
	}
}

// mergeHeads: out (B,T,C) from y (B,NH,T,hs), heads concatenated in order.
// With back it goes the other way: y = split(out) (both written).
func mergeHeads(out, y []float32, B, T, NH, hs int, back bool) {
	C := NH * hs
	for b := 0; b < B; b++ {
		for h := 0; h < NH; h++ {
			for t := 0; t < T; t++ {
				o := ((b*NH+h)*T + t) * hs
				r := (b*T+t)*C + h*hs
				if back {
					copy(y[o:o+hs], out[r:r+hs])
				} else {
					copy(out[r:r+hs], y[o:o+hs])
				}
			}
		}
	}
}

// attentionForward: out (B,NH,T,hs) = softmax(q·kᵀ/√hs + causal mask)·v,
// lse (B,NH,T) saved for the backward pass.
func attentionForward(out, lse, q, k, v []float32, B, NH, T, hs int) {
	accel.AttentionForward(out, lse, q, k, v, B, NH, T, hs)
}

// attentionBackward: dq, dk, dv (B,NH,T,hs) += from dout (B,NH,T,hs).
func attentionBackward(dq, dk, dv, dout, q, k, v, out, lse []float32, B, NH, T, hs int) {
	accel.AttentionBackward(dq, dk, dv, dout, q, k, v, out, lse, B, NH, T, hs)
}

// geluForward: out (N) = ½x(1 + tanh(√(2/π)(x + 0.044715x³))) (gelu_new).
func geluForward(out, inp []float32) { accel.GeluForward(out, inp) }

// geluBackward: dinp (N) += gelu'(inp)·dout.
func geluBackward(dinp, inp, dout []float32) { accel.GeluBackward(dinp, inp, dout) }

// geluExactForward: out (N) = ½x(1 + erf(x/√2)) (activation "gelu").
func geluExactForward(out, inp []float32) {
	for i, x := range inp {
		out[i] = float32(0.5 * float64(x) * (1 + math.Erf(float64(x)/math.Sqrt2)))
	}
}

// geluExactBackward: dinp (N) += (Φ(x) + x·φ(x))·dout.
func geluExactBackward(dinp, inp, dout []float32) {
	for i, x := range inp {
		xf := float64(x)
		d := 0.5*(1+math.Erf(xf/math.Sqrt2)) + xf*math.Exp(-0.5*xf*xf)/math.Sqrt(2*math.Pi)
		dinp[i] += float32(d) * dout[i]
	}
}

// residualForward: out (N) = a + b.
func residualForward(out, a, b []float32) { accel.Add(out, a, b) }

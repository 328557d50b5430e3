package accel

import (
	"fmt"
	"math"
)

// Elementwise and row kernels. Shapes are in the comments, llm.c style:
// (N,) is a flat slice of N floats, (N, C) is N rows of C floats. Each
// kernel runs AVX-512 or AVX2+FMA assembly, whichever is the best the CPU
// has, and the same algorithm in plain Go otherwise (or under the noasm
// build tag); all three are tested against float64 references. Large
// inputs are split over Threads().
//
// Slices whose lengths do not match the stated shapes make the kernel
// panic with a message naming the argument: these are inner loops, and a
// silently short write would corrupt training state.

// elemChunk is how many elements one parallel part of an elementwise
// kernel covers; smaller inputs run on the caller alone.
const elemChunk = 1 << 15

func checkLen(fn, name string, s []float32, n int) {
	if len(s) < n {
		panic(fmt.Sprintf("accel: %s: %s has %d elements, needs %d", fn, name, len(s), n))
	}
}

func parallelElems(n int, f func(i0, i1 int)) {
	if n < 2*elemChunk || Threads() <= 1 {
		f(0, n)
		return
	}
	parts := (n + elemChunk - 1) / elemChunk
	parallelFor(parts, func(p int) { f(p*elemChunk, min(n, (p+1)*elemChunk)) })
}

// parallelRows runs f over row ranges of an (N, C) problem, in parts of
// about elemChunk elements.
func parallelRows(N, C int, f func(r0, r1 int)) {
	per := max(1, elemChunk/max(C, 1))
	if N*C < 2*elemChunk || Threads() <= 1 || N == 1 {
		f(0, N)
		return
	}
	parts := (N + per - 1) / per
	parallelFor(parts, func(p int) { f(p*per, min(N, (p+1)*per)) })
}

// Add sets dst = a + b. dst, a, b are (N,) with N = len(dst).
func Add(dst, a, b []float32) {
	checkLen("Add", "a", a, len(dst))
	checkLen("Add", "b", b, len(dst))
	parallelElems(len(dst), func(i, j int) { add(dst[i:j], a[i:j], b[i:j]) })
}

// Mul sets dst = a ⊙ b (elementwise). dst, a, b are (N,), N = len(dst).
func Mul(dst, a, b []float32) {
	checkLen("Mul", "a", a, len(dst))
	checkLen("Mul", "b", b, len(dst))
	parallelElems(len(dst), func(i, j int) { mul(dst[i:j], a[i:j], b[i:j]) })
}

// Scale sets dst = s·x. dst, x are (N,), N = len(dst); dst may be x.
func Scale(dst, x []float32, s float32) {
	checkLen("Scale", "x", x, len(dst))
	parallelElems(len(dst), func(i, j int) { scale(dst[i:j], x[i:j], s) })
}

// Axpy sets y += alpha·x. x, y are (N,), N = len(x).
func Axpy(alpha float32, x, y []float32) {
	checkLen("Axpy", "y", y, len(x))
	parallelElems(len(x), func(i, j int) { axpy(alpha, x[i:j], y[i:j]) })
}

// Dot returns Σ x[i]·y[i]. x, y are (N,), N = len(x).
func Dot(x, y []float32) float32 {
	checkLen("Dot", "y", y, len(x))
	return dot(x, y)
}

// Sum returns Σ x[i].
func Sum(x []float32) float32 { return sum(x) }

// Max returns the largest element of x (−Inf when x is empty).
func Max(x []float32) float32 { return maxOf(x) }

// Exp sets dst = exp(x), within 2 ulp. dst, x are (N,), N = len(dst).
func Exp(dst, x []float32) {
	checkLen("Exp", "x", x, len(dst))
	parallelElems(len(dst), func(i, j int) { expSum(dst[i:j], x[i:j], 0) })
}

// Tanh sets dst = tanh(x), within a few ulp. dst, x are (N,).
func Tanh(dst, x []float32) {
	checkLen("Tanh", "x", x, len(dst))
	parallelElems(len(dst), func(i, j int) { tanhv(dst[i:j], x[i:j]) })
}

// GeluForward sets out = GELU(inp) in the tanh form used by GPT-2:
// ½x·(1 + tanh(√(2/π)·(x + 0.044715x³))). out, inp are (N,), N = len(out).
func GeluForward(out, inp []float32) {
	checkLen("GeluForward", "inp", inp, len(out))
	parallelElems(len(out), func(i, j int) { gelu(out[i:j], inp[i:j]) })
}

// GeluBackward accumulates dinp += GELU'(inp)·dout. dinp, inp, dout are
// (N,), N = len(dinp).
func GeluBackward(dinp, inp, dout []float32) {
	checkLen("GeluBackward", "inp", inp, len(dinp))
	checkLen("GeluBackward", "dout", dout, len(dinp))
	parallelElems(len(dinp), func(i, j int) { geluBackward(dinp[i:j], inp[i:j], dout[i:j]) })
}

// SoftmaxForward sets each row of out to softmax of the row of inp.
// out, inp are (N, C); out may be inp. A row of all −Inf gives zeros.
func SoftmaxForward(out, inp []float32, N, C int) {
	checkLen("SoftmaxForward", "out", out, N*C)
	checkLen("SoftmaxForward", "inp", inp, N*C)
	parallelRows(N, C, func(r0, r1 int) {
		for r := r0; r < r1; r++ {
			softmaxRow(out[r*C:(r+1)*C], inp[r*C:(r+1)*C])
		}
	})
}

func softmaxRow(out, inp []float32) {
	mx := maxOf(inp)
	if math.IsInf(float64(mx), -1) {
		clear(out)
		return
	}
	s := expSum(out, inp, mx)
	scale(out, out, 1/s)
}

// SoftmaxBackward accumulates dinp += out ⊙ (dout − Σ(dout ⊙ out)) per row,
// the gradient through SoftmaxForward given its output. All are (N, C).
func SoftmaxBackward(dinp, out, dout []float32, N, C int) {
	checkLen("SoftmaxBackward", "dinp", dinp, N*C)
	checkLen("SoftmaxBackward", "out", out, N*C)
	checkLen("SoftmaxBackward", "dout", dout, N*C)
	parallelRows(N, C, func(r0, r1 int) {
		for r := r0; r < r1; r++ {
			o, d, di := out[r*C:(r+1)*C], dout[r*C:(r+1)*C], dinp[r*C:(r+1)*C]
			s := dot(o, d)
			for i := range di {
				di[i] += o[i] * (d[i] - s)
			}
		}
	})
}

// LayerNormForward normalises each row of inp and applies the affine
// weight and bias:
//
//	out[n,:] = (inp[n,:] − mean[n])·rstd[n]·weight + bias
//
// inp, out are (N, C); weight, bias are (C,); mean and rstd (N,) receive
// each row's mean and 1/√(var + 1e-5) for the backward pass (either may be
// nil). The variance is two-pass (no cancellation) over a row held in L1.
func LayerNormForward(out, mean, rstd, inp, weight, bias []float32, N, C int) {
	checkLen("LayerNormForward", "out", out, N*C)
	checkLen("LayerNormForward", "inp", inp, N*C)
	checkLen("LayerNormForward", "weight", weight, C)
	checkLen("LayerNormForward", "bias", bias, C)
	if mean != nil {
		checkLen("LayerNormForward", "mean", mean, N)
	}
	if rstd != nil {
		checkLen("LayerNormForward", "rstd", rstd, N)
	}
	parallelRows(N, C, func(r0, r1 int) {
		for r := r0; r < r1; r++ {
			x := inp[r*C : (r+1)*C]
			m := sum(x) / float32(C)
			v := sumSqDev(x, m) / float32(C)
			s := float32(1 / math.Sqrt(float64(v)+1e-5))
			lnApply(out[r*C:(r+1)*C], x, weight[:C], bias[:C], m, s)
			if mean != nil {
				mean[r] = m
			}
			if rstd != nil {
				rstd[r] = s
			}
		}
	})
}

// LayerNormBackward accumulates the gradients of LayerNormForward:
// dinp (N, C), dweight (C,), dbias (C,) += from dout (N, C), given inp
// (N, C), weight (C,) and the mean, rstd (N,) the forward pass saved.
// dweight and dbias sum over rows, so rows are not split across threads.
func LayerNormBackward(dinp, dweight, dbias, dout, inp, weight, mean, rstd []float32, N, C int) {
	for _, a := range []struct {
		name string
		s    []float32
		n    int
	}{{"dinp", dinp, N * C}, {"dweight", dweight, C}, {"dbias", dbias, C}, {"dout", dout, N * C},
		{"inp", inp, N * C}, {"weight", weight, C}, {"mean", mean, N}, {"rstd", rstd, N}} {
		checkLen("LayerNormBackward", a.name, a.s, a.n)
	}
	for r := 0; r < N; r++ {
		x, d := inp[r*C:(r+1)*C], dout[r*C:(r+1)*C]
		m, s := mean[r], rstd[r]
		// Pass 1: Σ w·dout, Σ w·dout·x̂ and the parameter gradients.
		a, b := lnBackward1(dweight[:C], dbias[:C], x, d, weight[:C], m, s)
		// Pass 2: dinp += (w·dout − mean(w·dout) − x̂·mean(w·dout·x̂))·rstd.
		lnBackward2(dinp[r*C:(r+1)*C], x, d, weight[:C], m, s, a/float32(C), b/float32(C))
	}
}

// CrossEntropySoftmax computes, for each row n of logits (N, V), the loss
// losses[n] = −log softmax(logits[n,:])[targets[n]] and, when dlogits is
// not nil, its gradient scaled by dlossScale (typically 1/N for a mean
// loss), written (not accumulated) into dlogits (N, V):
//
//	dlogits[n,:] = (softmax(logits[n,:]) − onehot(targets[n]))·dlossScale
//
// One pass computes both (softmax is never stored separately). A target
// outside [0, V) is an error naming the row.
func CrossEntropySoftmax(losses, dlogits, logits []float32, targets []int32, N, V int, dlossScale float32) error {
	checkLen("CrossEntropySoftmax", "losses", losses, N)
	checkLen("CrossEntropySoftmax", "logits", logits, N*V)
	if dlogits != nil {
		checkLen("CrossEntropySoftmax", "dlogits", dlogits, N*V)
	}
	if len(targets) < N {
		return fmt.Errorf("accel: CrossEntropySoftmax: %d targets for %d rows", len(targets), N)
	}
	for n, t := range targets[:N] {
		if t < 0 || int(t) >= V {
			return fmt.Errorf("accel: CrossEntropySoftmax: target %d of row %d is outside the vocabulary [0, %d)", t, n, V)
		}
	}
	parallelRows(N, V, func(r0, r1 int) {
		var scratch *aPack
		if dlogits == nil {
			scratch = getAPack(V)
			defer aPacks.Put(scratch)
		}
		for r := r0; r < r1; r++ {
			row := logits[r*V : (r+1)*V]
			var e []float32
			if dlogits != nil {
				e = dlogits[r*V : (r+1)*V]
			} else {
				e = scratch.buf[:V]
			}
			mx := maxOf(row)
			s := expSum(e, row, mx)
			t := targets[r]
			losses[r] = float32(math.Log(float64(s))) + mx - row[t]
			if dlogits != nil {
				scale(e, e, dlossScale/s)
				e[t] -= dlossScale
			}
		}
	})
	return nil
}

// AdamWParams are the hyperparameters of one AdamW step.
type AdamWParams struct {
	LR, Beta1, Beta2, Eps, WeightDecay float32
	// Step is the 1-based step number t, for the bias corrections
	// 1 − β₁ᵗ and 1 − β₂ᵗ.
	Step int
}

// AdamW updates params in place from grads, with the moment buffers m and
// v (same length, zero at step 1), in one fused pass (Loshchilov & Hutter,
// decoupled weight decay as in llm.c):
//
//	m = β₁m + (1−β₁)g;  v = β₂v + (1−β₂)g²
//	p −= lr·( m/(1−β₁ᵗ) / (√(v/(1−β₂ᵗ)) + ε) + wd·p )
//
// params, grads, m, v are (N,), N = len(params).
func AdamW(params, grads, m, v []float32, hp AdamWParams) {
	n := len(params)
	checkLen("AdamW", "grads", grads, n)
	checkLen("AdamW", "m", m, n)
	checkLen("AdamW", "v", v, n)
	t := max(hp.Step, 1)
	k := adamConsts{
		b1: hp.Beta1, ob1: 1 - hp.Beta1, b2: hp.Beta2, ob2: 1 - hp.Beta2,
		c1:   float32(1 / (1 - math.Pow(float64(hp.Beta1), float64(t)))),
		c2:   float32(1 / (1 - math.Pow(float64(hp.Beta2), float64(t)))),
		lr:   hp.LR,
		eps:  hp.Eps,
		lrwd: hp.LR * hp.WeightDecay,
	}
	parallelElems(n, func(i, j int) { adamw(params[i:j], grads[i:j], m[i:j], v[i:j], &k) })
}

// adamConsts is the layout the assembly reads (nine float32s).
type adamConsts struct {
	b1, ob1, b2, ob2, c1, c2, lr, eps, lrwd float32
}

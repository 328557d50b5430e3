package tensor

import (
	"math"

	"github.com/gograd/gograd/accel"
)

// DefaultIgnoreIndex is the target value CrossEntropy skips (PyTorch's
// default ignore_index).
const DefaultIgnoreIndex = -100

// CrossEntropy returns the mean negative log-likelihood of the class
// indices targets under softmax(logits): logits are [..., C] and targets
// have logits' shape without the last axis. Targets equal to
// DefaultIgnoreIndex (-100) are skipped.
func CrossEntropy(logits, targets *Tensor) *Tensor {
	return CrossEntropyIgnore(logits, targets, DefaultIgnoreIndex)
}

// CrossEntropyIgnore is CrossEntropy with a chosen ignore index. The
// result is NaN when every target is ignored, like PyTorch.
func CrossEntropyIgnore(logits, targets *Tensor, ignoreIndex int) *Tensor {
	logits.check()
	targets.check()
	nd := len(logits.shape)
	if nd == 0 {
		panicf("CrossEntropy: logits must have a class axis, got shape %v", logits.shape)
	}
	C := logits.shape[nd-1]
	if !sameShape(logits.shape[:nd-1], targets.shape) {
		panicf("CrossEntropy: logits shape %v needs targets of shape %v, got %v", logits.shape, logits.shape[:nd-1], targets.shape)
	}
	x := logits.contigData()
	tg := targets.contigData()
	N := len(tg)
	cls := make([]int, N)
	valid := 0
	for i, v := range tg {
		c := int(v)
		if float32(c) != v {
			panicf("CrossEntropy: target %v at position %d is not an integer", v, i)
		}
		if c == ignoreIndex {
			cls[i] = -1
			continue
		}
		if c < 0 || c >= C {
			panicf("CrossEntropy: target %d at position %d out of range for %d classes (logits shape %v)", c, i, C, logits.shape)
		}
		cls[i] = c
		valid++
	}
	// one fused pass (accel) gives the per-row losses and, when a
	// gradient will be needed, d loss/d logits scaled for the mean
	tg32 := make([]int32, N)
	for i, c := range cls {
		if c >= 0 {
			tg32[i] = int32(c)
		}
	}
	losses := make([]float32, N)
	var dl []float32
	if logits.reqGrad && IsGradEnabled() {
		dl = alloc(len(x))
	}
	scale := float32(0)
	if valid > 0 {
		scale = 1 / float32(valid)
	}
	if N > 0 && C > 0 {
		if err := accel.CrossEntropySoftmax(losses, dl, x, tg32, N, C, scale); err != nil {
			panicf("CrossEntropy: %v", err)
		}
	}
	var total float64
	for i, c := range cls {
		if c >= 0 {
			total += float64(losses[i])
		} else if dl != nil {
			clear(dl[i*C : (i+1)*C])
		}
	}
	loss := float32(math.NaN())
	if valid > 0 {
		loss = float32(total / float64(valid))
	}
	out := Scalar(loss)
	return record(out, "CrossEntropy", []*Tensor{logits, targets}, func(g *Tensor) []*Tensor {
		if dl == nil {
			return []*Tensor{nil, nil}
		}
		gl := fromData(dl, logits.shape)
		if s := g.Item(); s != 1 {
			gl = gl.MulScalar(s)
		}
		return []*Tensor{gl, nil}
	})
}

// MSE returns the mean squared error between pred and target (broadcast).
func MSE(pred, target *Tensor) *Tensor {
	return pred.Sub(target).Square().Mean()
}

// BCEWithLogits returns the mean binary cross-entropy of targets in [0,1]
// under sigmoid(logits), computed stably.
func BCEWithLogits(logits, targets *Tensor) *Tensor {
	// max(x,0) - x*t + log(1 + exp(-|x|))
	return logits.ReLU().Sub(logits.Mul(targets)).Add(logits.Abs().Neg().Exp().Log1p()).Mean()
}

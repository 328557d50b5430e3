package tensor

import (
	"fmt"
	"math"
	"testing"
)

// gradcheck compares the analytic gradients of L = Σ f(inputs)·w (w a fixed
// random tensor) with central finite differences. The perturbation is
// applied to the float32 inputs, but the actual step taken and the
// difference quotient are computed in float64.
func gradcheck(t *testing.T, name string, f func(xs []*Tensor) *Tensor, inputs ...*Tensor) {
	t.Helper()
	leaves := make([]*Tensor, len(inputs))
	for i, in := range inputs {
		leaves[i] = FromSlice(in.Data(), in.Shape()...).RequiresGrad()
	}
	out := f(leaves)
	w := Randn(out.Shape()...)
	out.Mul(w).Sum().Backward()
	wd := w.Data()
	loss := func() float64 {
		var o *Tensor
		NoGrad(func() { o = f(leaves) })
		var s float64
		for i, v := range o.Data() {
			s += float64(v) * float64(wd[i])
		}
		return s
	}
	const eps = 1e-2
	for i, leaf := range leaves {
		g := leaf.Grad()
		if g == nil {
			t.Errorf("%s: input %d got no gradient", name, i)
			continue
		}
		ana := g.Data()
		d := leaf.Data()
		for j := range d {
			orig := d[j]
			d[j] = orig + eps
			hp := float64(d[j]) - float64(orig)
			lp := loss()
			d[j] = orig - eps
			hm := float64(orig) - float64(d[j])
			lm := loss()
			d[j] = orig
			num := (lp - lm) / (hp + hm)
			a := float64(ana[j])
			if diff := math.Abs(num - a); diff > 1e-2*math.Max(1, math.Max(math.Abs(num), math.Abs(a))) {
				t.Errorf("%s: d/d input%d[%d]: analytic %.6f, numeric %.6f", name, i, j, a, num)
				return
			}
		}
	}
}

// awayFrom returns values with |v - c| >= gap (for functions with kinks).
func awayFrom(x *Tensor, c, gap float32) *Tensor {
	d := x.Data()
	out := make([]float32, len(d))
	for i, v := range d {
		if v-c >= 0 {
			out[i] = v + gap
		} else {
			out[i] = v - gap
		}
	}
	return FromSlice(out, x.Shape()...)
}

func positive(shape ...int) *Tensor { return Rand(shape...).AddScalar(0.5) }

type gradCase struct {
	name   string
	f      func(xs []*Tensor) *Tensor
	inputs func() []*Tensor
}

func in(ts ...*Tensor) func() []*Tensor { return func() []*Tensor { return ts } }

func gradCases() []gradCase {
	Seed(1234)
	un := func(name string, f func(x *Tensor) *Tensor, x *Tensor) gradCase {
		return gradCase{name, func(xs []*Tensor) *Tensor { return f(xs[0]) }, in(x)}
	}
	bin := func(name string, f func(a, b *Tensor) *Tensor, a, b *Tensor) gradCase {
		return gradCase{name, func(xs []*Tensor) *Tensor { return f(xs[0], xs[1]) }, in(a, b)}
	}
	add := func(a, b *Tensor) *Tensor { return a.Add(b) }
	sub := func(a, b *Tensor) *Tensor { return a.Sub(b) }
	mul := func(a, b *Tensor) *Tensor { return a.Mul(b) }
	div := func(a, b *Tensor) *Tensor { return a.Div(b) }
	mm := func(a, b *Tensor) *Tensor { return a.MatMul(b) }
	maxA := Randn(2, 3)
	cases := []gradCase{
		bin("Add", add, Randn(2, 3), Randn(2, 3)),
		bin("Add/broadcast row", add, Randn(4, 3), Randn(3)),
		bin("Add/broadcast both", add, Randn(4, 1, 3), Randn(2, 1)),
		bin("Add/scalar tensor", add, Randn(2, 3), Randn()),
		bin("Sub/broadcast", sub, Randn(3, 1), Randn(1, 4)),
		bin("Mul", mul, Randn(2, 3), Randn(2, 3)),
		bin("Mul/broadcast", mul, Randn(2, 3, 4), Randn(3, 1)),
		bin("Div", div, Randn(2, 3), positive(2, 3)),
		bin("Div/broadcast", div, Randn(3, 4), positive(4)),
		bin("Pow", func(a, b *Tensor) *Tensor { return a.Pow(b) }, positive(2, 3), Randn(2, 3)),
		bin("Maximum", func(a, b *Tensor) *Tensor { return a.Maximum(b) }, maxA, maxA.Add(awayFrom(Randn(2, 3), 0, 0.3))),
		bin("Minimum/broadcast", func(a, b *Tensor) *Tensor { return a.Minimum(b) }, awayFrom(Randn(3, 4), 0, 0.2), Zeros(4)),
		bin("Mul/same tensor twice", func(a, b *Tensor) *Tensor { return a.Mul(a).Add(a.Mul(b)) }, Randn(3), Randn(3)),
		bin("Add/transposed view", func(a, b *Tensor) *Tensor { return a.T().Add(b) }, Randn(3, 2), Randn(2, 3)),
		bin("Mul/expanded view", func(a, b *Tensor) *Tensor { return a.Expand(3, 4).Mul(b) }, Randn(3, 1), Randn(3, 4)),
		bin("Sub/sliced view", func(a, b *Tensor) *Tensor { return a.Slice(1, 1, 4).Sub(b.Narrow(0, 1, 2)) }, Randn(2, 5), Randn(3, 3)),
		un("Neg", (*Tensor).Neg, Randn(2, 3)),
		un("Exp", (*Tensor).Exp, Randn(2, 3)),
		un("Log", (*Tensor).Log, positive(2, 3)),
		un("Log1p", (*Tensor).Log1p, positive(2, 3)),
		un("Sqrt", (*Tensor).Sqrt, positive(2, 3)),
		un("Rsqrt", (*Tensor).Rsqrt, positive(2, 3)),
		un("Reciprocal", (*Tensor).Reciprocal, positive(2, 3)),
		un("Abs", (*Tensor).Abs, awayFrom(Randn(2, 3), 0, 0.1)),
		un("Square", (*Tensor).Square, Randn(2, 3)),
		un("Sin", (*Tensor).Sin, Randn(2, 3)),
		un("Cos", (*Tensor).Cos, Randn(2, 3)),
		un("Tanh", (*Tensor).Tanh, Randn(2, 3)),
		un("Sigmoid", (*Tensor).Sigmoid, Randn(2, 3)),
		un("SiLU", (*Tensor).SiLU, Randn(2, 3)),
		un("ReLU", (*Tensor).ReLU, awayFrom(Randn(2, 3), 0, 0.1)),
		un("GELU", (*Tensor).GELU, Randn(2, 3).MulScalar(2)),
		un("GELUExact", (*Tensor).GELUExact, Randn(2, 3).MulScalar(2)),
		un("Clamp", func(x *Tensor) *Tensor { return x.Clamp(-0.5, 0.5) }, awayFrom(awayFrom(Randn(3, 4), 0.5, 0.05), -0.5, 0.05)),
		un("AddScalar", func(x *Tensor) *Tensor { return x.AddScalar(2) }, Randn(3)),
		un("SubScalar", func(x *Tensor) *Tensor { return x.SubScalar(2) }, Randn(3)),
		un("MulScalar", func(x *Tensor) *Tensor { return x.MulScalar(-3) }, Randn(3)),
		un("DivScalar", func(x *Tensor) *Tensor { return x.DivScalar(4) }, Randn(3)),
		un("RSubScalar", func(x *Tensor) *Tensor { return x.RSubScalar(1) }, Randn(3)),
		un("RDivScalar", func(x *Tensor) *Tensor { return x.RDivScalar(2) }, positive(3)),
		un("PowScalar", func(x *Tensor) *Tensor { return x.PowScalar(2.5) }, positive(2, 3)),
		un("PowScalar/3", func(x *Tensor) *Tensor { return x.PowScalar(3) }, Randn(2, 3)),
		un("Exp/permuted view", func(x *Tensor) *Tensor { return x.Permute(2, 0, 1).Exp() }, Randn(2, 3, 4)),
		un("SiLU/transposed view", func(x *Tensor) *Tensor { return x.T().SiLU() }, Randn(3, 2)),
		un("Sigmoid/transposed view", func(x *Tensor) *Tensor { return x.T().Sigmoid() }, Randn(3, 2)),
		un("Tanh/strided slice", func(x *Tensor) *Tensor { return x.Slice(0, 1, 3).Transpose(0, 1).Tanh() }, Randn(4, 3)),
		bin("Where", func(a, b *Tensor) *Tensor { return Where(FromSlice([]float32{1, 0, 1}, 3), a, b) }, Randn(2, 3), Randn(2, 1)),
		un("MaskedFill", func(x *Tensor) *Tensor { return x.MaskedFill(Triu(3, 3, 1), -5) }, Randn(2, 3, 3)),
		un("Sum/all", func(x *Tensor) *Tensor { return x.Sum() }, Randn(2, 3)),
		un("Sum/axis", func(x *Tensor) *Tensor { return x.Sum(1) }, Randn(2, 3, 4)),
		un("Sum/axes keepdim", func(x *Tensor) *Tensor { return x.SumKeepDim(0, 2) }, Randn(2, 3, 4)),
		un("Sum/negative axis of view", func(x *Tensor) *Tensor { return x.T().Sum(-1) }, Randn(3, 4)),
		un("Mean", func(x *Tensor) *Tensor { return x.Mean(0) }, Randn(3, 4)),
		un("MeanKeepDim", func(x *Tensor) *Tensor { return x.MeanKeepDim(-1) }, Randn(3, 4)),
		un("Var", func(x *Tensor) *Tensor { return x.Var(1) }, Randn(3, 4)),
		un("VarKeepDim/all", func(x *Tensor) *Tensor { return x.VarKeepDim() }, Randn(3, 4)),
		un("Std", func(x *Tensor) *Tensor { return x.Std(0) }, Randn(5, 2)),
		un("Max/all", func(x *Tensor) *Tensor { return x.Max() }, Randn(3, 4)),
		un("Max/axis", func(x *Tensor) *Tensor { return x.Max(1) }, Randn(3, 4)),
		un("Min/axis keepdim", func(x *Tensor) *Tensor { return x.MinKeepDim(0) }, Randn(3, 4)),
		un("Softmax/last", func(x *Tensor) *Tensor { return x.Softmax(-1) }, Randn(3, 5)),
		un("Softmax/axis 0", func(x *Tensor) *Tensor { return x.Softmax(0) }, Randn(3, 2, 2)),
		un("LogSoftmax", func(x *Tensor) *Tensor { return x.LogSoftmax(1) }, Randn(2, 4, 3)),
		un("LogSumExp", func(x *Tensor) *Tensor { return x.LogSumExp(-1) }, Randn(3, 4)),
		bin("MatMul/2-D", mm, Randn(2, 3), Randn(3, 4)),
		bin("MatMul/3-D", mm, Randn(2, 2, 3), Randn(2, 3, 2)),
		bin("MatMul/4-D broadcast", mm, Randn(2, 1, 2, 3), Randn(3, 3, 2)),
		bin("MatMul/batched @ matrix", mm, Randn(2, 3, 4), Randn(4, 2)),
		bin("MatMul/matrix @ batched", mm, Randn(3, 4), Randn(2, 4, 2)),
		bin("MatMul/vector @ matrix", mm, Randn(3), Randn(3, 2)),
		bin("MatMul/matrix @ vector", mm, Randn(2, 3), Randn(3)),
		bin("MatMul/vector @ vector", mm, Randn(3), Randn(3)),
		bin("MatMul/transposed views", func(a, b *Tensor) *Tensor { return a.T().MatMul(b.T()) }, Randn(3, 2), Randn(4, 3)),
		bin("MatMul/sliced view", func(a, b *Tensor) *Tensor { return a.Narrow(1, 1, 3).MatMul(b) }, Randn(2, 5), Randn(3, 2)),
		un("Reshape", func(x *Tensor) *Tensor { return x.Reshape(3, -1).Mul(Arange(0, 4, 1)) }, Randn(2, 6)),
		un("Reshape/non-contiguous", func(x *Tensor) *Tensor { return x.T().Reshape(-1).Mul(Arange(0, 6, 1)) }, Randn(2, 3)),
		un("Transpose", func(x *Tensor) *Tensor { return x.Transpose(0, 2).Mul(Arange(0, 24, 1).Reshape(4, 3, 2)) }, Randn(2, 3, 4)),
		un("Select", func(x *Tensor) *Tensor { return x.Select(1, -1).Exp() }, Randn(2, 3)),
		un("Index", func(x *Tensor) *Tensor { return x.Index(1).Exp() }, Randn(2, 3)),
		un("Expand/new axis", func(x *Tensor) *Tensor { return x.Expand(4, 3).Mul(Arange(0, 12, 1).Reshape(4, 3)) }, Randn(3)),
		un("Squeeze/Unsqueeze", func(x *Tensor) *Tensor { return x.Unsqueeze(0).Unsqueeze(-1).Squeeze(0).Exp() }, Randn(2, 3)),
		un("FlattenRange", func(x *Tensor) *Tensor { return x.FlattenRange(1, 2).Exp() }, Randn(2, 3, 2)),
		bin("Concat", func(a, b *Tensor) *Tensor { return Concat(1, a, b, a).Exp() }, Randn(2, 2), Randn(2, 3)),
		bin("Stack", func(a, b *Tensor) *Tensor { return Stack(-1, a, b).Exp() }, Randn(2, 3), Randn(2, 3)),
		un("Split", func(x *Tensor) *Tensor { p := x.Split(2, 1); return p[0].Mul(p[1]).Add(p[2].Exp()) }, Randn(3, 6)),
		un("Chunk/SplitSizes", func(x *Tensor) *Tensor {
			p := x.Chunk(2, 0)
			q := x.SplitSizes([]int{1, 3}, 0)
			return p[0].Sub(q[1].Slice(0, 0, 2).Exp())
		}, Randn(4, 2)),
		un("Gather", func(x *Tensor) *Tensor { return x.Gather(1, FromInts([]int{2, 0, 0, 1, 1, 1}, 2, 3)) }, Randn(2, 3)),
		un("IndexSelect", func(x *Tensor) *Tensor { return x.IndexSelect(1, FromInts([]int{2, 0, 2})) }, Randn(2, 3)),
		un("Embedding", func(x *Tensor) *Tensor { return Embedding(x, FromInts([]int{1, 3, 1, 0}, 2, 2)) }, Randn(4, 3)),
		un("CrossEntropy", func(x *Tensor) *Tensor { return CrossEntropy(x, FromInts([]int{1, 0, 3})) }, Randn(3, 4)),
		un("CrossEntropy/ignore index, 3-D", func(x *Tensor) *Tensor {
			return CrossEntropyIgnore(x, FromInts([]int{1, -1, 3, 2}, 2, 2), -1)
		}, Randn(2, 2, 4)),
		bin("MSE", MSE, Randn(3, 2), Randn(3, 2)),
		bin("BCEWithLogits", BCEWithLogits, Randn(4), Rand(4)),
		gradCase{"LayerNorm", func(xs []*Tensor) *Tensor { return LayerNorm(xs[0], xs[1], xs[2], 1e-5) }, in(Randn(2, 3, 5), Randn(5), Randn(5))},
		gradCase{"LayerNorm/eps 1e-3 (portable path)", func(xs []*Tensor) *Tensor { return LayerNorm(xs[0], xs[1], xs[2], 1e-3) }, in(Randn(3, 4), Randn(4), Randn(4))},
		gradCase{"LayerNorm/no affine, view", func(xs []*Tensor) *Tensor { return LayerNorm(xs[0].T(), nil, nil, 1e-5) }, in(Randn(4, 3))},
		gradCase{"ScaledDotProductAttention/causal", func(xs []*Tensor) *Tensor { return ScaledDotProductAttention(xs[0], xs[1], xs[2], true) }, in(Randn(2, 3, 4), Randn(2, 3, 4), Randn(2, 3, 2))},
		un("TopK", func(x *Tensor) *Tensor { v, _ := x.TopK(2); return v }, Randn(3, 5)),
		un("Cumsum", func(x *Tensor) *Tensor { return x.Cumsum(1) }, Randn(2, 4, 3)),
		un("Dropout", func(x *Tensor) *Tensor { Seed(5); return Dropout(x, 0.5, true) }, Randn(4, 4)),
		gradCase{"ScaledDotProductAttention/fused causal", func(xs []*Tensor) *Tensor { return ScaledDotProductAttention(xs[0], xs[1], xs[2], true) }, in(Randn(2, 2, 5, 3), Randn(2, 2, 5, 3), Randn(2, 2, 5, 3))},
		gradCase{"ScaledDotProductAttention/not causal", func(xs []*Tensor) *Tensor { return ScaledDotProductAttention(xs[0], xs[1], xs[2], false) }, in(Randn(2, 4, 3), Randn(2, 5, 3), Randn(2, 5, 2))},
		un("Clone/Contiguous", func(x *Tensor) *Tensor { return x.T().Contiguous().Clone().Exp() }, Randn(2, 3)),
	}
	return cases
}

func TestGradients(t *testing.T) {
	for _, c := range gradCases() {
		t.Run(c.name, func(t *testing.T) {
			Seed(99)
			gradcheck(t, c.name, c.f, c.inputs()...)
		})
	}
}

// The table must cover every differentiable op; this guards against adding
// an op without a gradient check.
func TestGradCasesCoverOps(t *testing.T) {
	names := map[string]bool{}
	for _, c := range gradCases() {
		names[c.name] = true
	}
	for _, op := range []string{"Add", "Sub/broadcast", "Mul", "Div", "Pow", "Maximum", "Minimum/broadcast", "Neg", "Exp", "Log", "Sqrt", "Abs", "Tanh", "Sigmoid", "ReLU", "GELU", "GELUExact", "Clamp", "Where", "MaskedFill", "Sum/all", "Mean", "Var", "Max/axis", "Softmax/last", "LogSoftmax", "MatMul/2-D", "MatMul/3-D", "MatMul/4-D broadcast", "Concat", "Stack", "Gather", "IndexSelect", "Embedding", "CrossEntropy", "MSE", "LayerNorm"} {
		if !names[op] {
			t.Errorf("no gradient check for %s", op)
		}
	}
	_ = fmt.Sprint()
}

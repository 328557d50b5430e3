package tensor

import (
	"math"
	"strings"
	"testing"
)

func TestSharedSubexpression(t *testing.T) {
	x := FromSlice([]float32{1, -2, 0.5}).RequiresGrad()
	// x is used by three ops; every path contributes
	y := x.Mul(x).Add(x.MulScalar(3)).Sum()
	y.Backward()
	assertClose(t, "d(x²+3x)", x.Grad(), []float64{5, -1, 4}, []int{3}, 1e-6)

	// diamond: a feeds both b and c
	z := FromSlice([]float32{0.3}).RequiresGrad()
	a := z.Exp()
	out := a.Add(a.Mul(a)).Sum()
	out.Backward()
	e := math.Exp(0.3)
	assertClose(t, "diamond", z.Grad(), []float64{e + 2*e*e}, []int{1}, 1e-6)
}

func TestBackwardAccumulates(t *testing.T) {
	x := FromSlice([]float32{1, 2}).RequiresGrad()
	for i := 0; i < 2; i++ {
		x.Square().Sum().Backward() // fresh graph each time
	}
	assertClose(t, "two Backward calls", x.Grad(), []float64{4, 8}, []int{2}, 0)
	x.ZeroGrad()
	if x.Grad() != nil {
		t.Fatal("ZeroGrad left a gradient")
	}
	// retained graph: Backward twice through the same graph
	y := x.Square().Sum()
	y.BackwardWith(nil, true)
	y.BackwardWith(nil, true)
	assertClose(t, "retained graph twice", x.Grad(), []float64{4, 8}, []int{2}, 0)
	// without retain the graph is released after Backward
	x.ZeroGrad()
	w := x.Square().Sum()
	w.Backward()
	msg := panicMsg(func() { w.Backward() })
	if !strings.Contains(msg, "freed") {
		t.Fatalf("second Backward through a released graph: %q", msg)
	}
}

func TestBackwardSeedAndRetainGrad(t *testing.T) {
	x := FromSlice([]float32{1, 2, 3}).RequiresGrad()
	h := x.MulScalar(2).RetainGrad()
	y := h.Square()
	y.BackwardWith(FromSlice([]float32{1, 0, 2}), false)
	// dy/dx = 8x * seed, dy/dh = 2h * seed
	assertClose(t, "seeded grad", x.Grad(), []float64{8, 0, 48}, []int{3}, 0)
	assertClose(t, "retained non-leaf grad", h.Grad(), []float64{4, 0, 24}, []int{3}, 0)
	if msg := panicMsg(func() { x.MulScalar(1).BackwardWith(Ones(2), false) }); !strings.Contains(msg, "seed shape") {
		t.Fatalf("bad seed shape: %q", msg)
	}
}

func TestNoGradAndDetach(t *testing.T) {
	w := Randn(3).RequiresGrad()
	var y *Tensor
	NoGrad(func() {
		if IsGradEnabled() {
			t.Error("IsGradEnabled inside NoGrad")
		}
		y = w.Mul(w).Sum()
	})
	if !IsGradEnabled() {
		t.Fatal("NoGrad did not restore grad mode")
	}
	if y.NeedsGrad() || !y.IsLeaf() {
		t.Fatal("result computed under NoGrad has history")
	}
	if msg := panicMsg(func() { y.Backward() }); !strings.Contains(msg, "does not require gradients") {
		t.Fatalf("Backward of no-grad result: %q", msg)
	}
	// Detach cuts the graph: only the direct path contributes
	z := w.Mul(w.Detach()).Sum()
	z.Backward()
	assertClose(t, "Detach", w.Grad(), refOf(w).data, []int{3}, 0)
	if d := w.Detach(); !d.SharesStorage(w) || d.NeedsGrad() {
		t.Fatal("Detach should share storage without grad")
	}
	if g := w.Mul(w).GradFn(); g != "Mul" {
		t.Fatalf("GradFn = %q", g)
	}
}

func TestGradThroughViewsOfSameStorage(t *testing.T) {
	x := Arange(0, 6, 1).Reshape(2, 3).RequiresGrad()
	// two overlapping views of x; both gradients land in x
	y := x.Slice(1, 0, 2).Sum().Add(x.T().Select(0, 1).Sum().MulScalar(10))
	y.Backward()
	assertClose(t, "overlapping views", x.Grad(), []float64{1, 11, 0, 1, 11, 0}, []int{2, 3}, 0)
}

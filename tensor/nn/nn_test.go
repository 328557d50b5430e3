package nn

import (
	"math"
	"strings"
	"testing"

	"github.com/gograd/gograd/tensor"
)

func TestParameterNamesOrdered(t *testing.T) {
	tensor.Seed(0)
	m := NewSequential(NewLinear(3, 4, true), ReLU{}, NewDropout(0.1), NewLinear(4, 2, false), NewLayerNorm(2), NewSequential(NewEmbedding(5, 2)))
	var names []string
	for _, p := range m.Parameters() {
		names = append(names, p.Name)
	}
	want := "0.weight 0.bias 3.weight 4.weight 4.bias 5.0.weight"
	for i := 0; i < 3; i++ { // deterministic across calls
		var again []string
		for _, p := range m.Parameters() {
			again = append(again, p.Name)
		}
		if got := strings.Join(again, " "); got != want {
			t.Fatalf("parameter names %q, want %q", got, want)
		}
	}
	if NumParams(m.Parameters()) != 3*4+4+4*2+2+2+10 {
		t.Fatalf("NumParams = %d", NumParams(m.Parameters()))
	}
	for _, p := range m.Parameters() {
		if !p.Tensor.NeedsGrad() {
			t.Errorf("%s does not require grad", p.Name)
		}
	}
}

func TestLinearMatchesFormula(t *testing.T) {
	l := NewLinear(3, 2, true)
	x := tensor.Randn(4, 5, 3)
	y := l.Forward(x)
	if s := y.Shape(); len(s) != 3 || s[0] != 4 || s[1] != 5 || s[2] != 2 {
		t.Fatalf("shape %v", s)
	}
	w, b, xd := l.Weight.Data(), l.Bias.Data(), x.Data()
	yd := y.Data()
	for r := 0; r < 20; r++ {
		for o := 0; o < 2; o++ {
			s := float64(b[o])
			for i := 0; i < 3; i++ {
				s += float64(xd[r*3+i]) * float64(w[o*3+i])
			}
			if math.Abs(s-float64(yd[r*2+o])) > 1e-5 {
				t.Fatalf("y[%d,%d] = %v want %v", r, o, yd[r*2+o], s)
			}
		}
	}
	// PyTorch init bound 1/sqrt(in)
	for _, v := range NewLinear(100, 50, true).Weight.Data() {
		if math.Abs(float64(v)) > 0.1 {
			t.Fatalf("init value %v outside ±0.1", v)
		}
	}
}

func TestDropoutTrainEval(t *testing.T) {
	tensor.Seed(7)
	d := NewDropout(0.25)
	x := tensor.Ones(100000)
	y := d.Forward(x).Data()
	zeros := 0
	for _, v := range y {
		switch v {
		case 0:
			zeros++
		case 1 / 0.75:
		default:
			t.Fatalf("dropout value %v", v)
		}
	}
	if frac := float64(zeros) / float64(len(y)); math.Abs(frac-0.25) > 0.01 {
		t.Fatalf("dropped fraction %v, want 0.25", frac)
	}
	seq := NewSequential(d)
	Eval(seq)
	if d.Training {
		t.Fatal("Eval did not reach the child")
	}
	if out := seq.Forward(x); out != x {
		t.Fatal("dropout in eval mode is not the identity")
	}
	Train(seq)
	if !d.Training {
		t.Fatal("Train did not reach the child")
	}
}

func TestStateDictRoundTrip(t *testing.T) {
	a := NewSequential(NewLinear(2, 3, true), NewLayerNorm(3))
	b := NewSequential(NewLinear(2, 3, true), NewLayerNorm(3))
	b.Modules[1].(*LayerNorm).Weight.Data()[0] = 5
	if err := b.LoadStateDict(a.StateDict()); err != nil {
		t.Fatal(err)
	}
	x := tensor.Randn(4, 2)
	ya, yb := a.Forward(x).Data(), b.Forward(x).Data()
	for i := range ya {
		if ya[i] != yb[i] {
			t.Fatal("outputs differ after LoadStateDict")
		}
	}
	sd := a.StateDict()
	delete(sd, "1.bias")
	if err := b.LoadStateDict(sd); err == nil || !strings.Contains(err.Error(), `"1.bias"`) {
		t.Fatalf("missing entry error: %v", err)
	}
	sd = a.StateDict()
	sd["0.weight"] = tensor.Zeros(2, 3)
	if err := b.LoadStateDict(sd); err == nil || !strings.Contains(err.Error(), `"0.weight"`) || !strings.Contains(err.Error(), "[2 3]") {
		t.Fatalf("shape mismatch error: %v", err)
	}
	sd = a.StateDict()
	sd["2.weight"] = tensor.Zeros(1)
	if err := b.LoadStateDict(sd); err == nil || !strings.Contains(err.Error(), `"2.weight"`) {
		t.Fatalf("unexpected entry error: %v", err)
	}
}

// adamRef is a float64 transcription of torch.optim.AdamW's update.
func adamRef(p, g []float64, steps int, lr, b1, b2, eps, wd float64) []float64 {
	p = append([]float64(nil), p...)
	m := make([]float64, len(p))
	v := make([]float64, len(p))
	for t := 1; t <= steps; t++ {
		for i := range p {
			p[i] *= 1 - lr*wd
			m[i] = b1*m[i] + (1-b1)*g[i]
			v[i] = b2*v[i] + (1-b2)*g[i]*g[i]
			mh := m[i] / (1 - math.Pow(b1, float64(t)))
			vh := v[i] / (1 - math.Pow(b2, float64(t)))
			p[i] -= lr * mh / (math.Sqrt(vh) + eps)
		}
	}
	return p
}

func TestAdamWMatchesReference(t *testing.T) {
	p0 := []float32{0.5, -1, 2, 0.01}
	g := []float32{0.1, -0.2, 3, 1e-4}
	w := tensor.FromSlice(p0).RequiresGrad()
	bias := tensor.FromSlice([]float32{1}).RequiresGrad()
	opt := NewAdamWGroups(0.01, DecayGroups([]Param{{"w", w.Reshape(2, 2)}, {"b", bias}}, 0.1)...)
	// the reshaped view shares storage; give the view the gradient
	ps := allParams(opt.Groups)
	for step := 0; step < 5; step++ {
		ps[0].Tensor.SetGrad(tensor.FromSlice(g, 2, 2))
		ps[1].Tensor.SetGrad(tensor.FromSlice([]float32{0.5}))
		opt.Step()
	}
	gf := make([]float64, 4)
	pf := make([]float64, 4)
	for i := range g {
		gf[i], pf[i] = float64(g[i]), float64(p0[i])
	}
	want := adamRef(pf, gf, 5, 0.01, 0.9, 0.999, 1e-8, 0.1)
	for i, v := range w.Data() {
		if math.Abs(float64(v)-want[i]) > 1e-6 {
			t.Fatalf("AdamW param %d = %v, reference %v", i, v, want[i])
		}
	}
	wantB := adamRef([]float64{1}, []float64{0.5}, 5, 0.01, 0.9, 0.999, 1e-8, 0)
	if math.Abs(float64(bias.Data()[0])-wantB[0]) > 1e-6 {
		t.Fatalf("no-decay group: %v want %v", bias.Data()[0], wantB[0])
	}
	if NewAdamW(nil, 1).Groups[0].WeightDecay != 0.01 {
		t.Fatal("AdamW default weight decay is not PyTorch's 0.01")
	}
}

func TestSGDMomentumMatchesReference(t *testing.T) {
	w := tensor.FromSlice([]float32{1, -1}).RequiresGrad()
	opt := NewSGD([]Param{{"w", w}}, 0.1, 0.9)
	p := []float64{1, -1}
	buf := []float64{0, 0}
	for step := 0; step < 4; step++ {
		g := []float64{p[0] * 2, p[1] * 3} // gradients of x² and 1.5y²
		w.SetGrad(tensor.FromFloat64s(g))
		opt.Step()
		for i := range p {
			if step == 0 {
				buf[i] = g[i]
			} else {
				buf[i] = 0.9*buf[i] + g[i]
			}
			p[i] -= 0.1 * buf[i]
		}
	}
	for i, v := range w.Data() {
		if math.Abs(float64(v)-p[i]) > 1e-6 {
			t.Fatalf("SGD param %d = %v want %v", i, v, p[i])
		}
	}
}

func trainSteps(opt Optimizer, w *tensor.Tensor, n int) {
	for i := 0; i < n; i++ {
		opt.ZeroGrad()
		w.Sub(tensor.FromSlice([]float32{3, -2, 1})).Square().Sum().Backward()
		opt.Step()
	}
}

func TestOptimizerStateDictResume(t *testing.T) {
	for _, mk := range []func(ps []Param) Optimizer{
		func(ps []Param) Optimizer { return NewAdamW(ps, 0.05) },
		func(ps []Param) Optimizer { return NewSGD(ps, 0.05, 0.9) },
	} {
		// straight run of 10 steps
		w1 := tensor.Zeros(3).RequiresGrad()
		o1 := mk([]Param{{"w", w1}})
		trainSteps(o1, w1, 10)
		// 5 steps, save, restore into fresh objects, 5 more
		w2 := tensor.Zeros(3).RequiresGrad()
		o2 := mk([]Param{{"w", w2}})
		trainSteps(o2, w2, 5)
		sd := o2.StateDict()
		if _, ok := sd["step"]; !ok {
			t.Fatal("no step in state dict")
		}
		w3 := tensor.FromSlice(w2.Data()).RequiresGrad()
		o3 := mk([]Param{{"w", w3}})
		if err := o3.LoadStateDict(sd); err != nil {
			t.Fatal(err)
		}
		trainSteps(o3, w3, 5)
		for i, v := range w1.Data() {
			if w3.Data()[i] != v {
				t.Fatalf("%T: resumed run differs: %v vs %v", o1, w3.Data(), w1.Data())
			}
		}
		// errors name the entry
		for k := range o2.StateDict() {
			if k != "step" {
				bad := o2.StateDict()
				bad[k] = tensor.Zeros(7)
				if err := o3.LoadStateDict(bad); err == nil || !strings.Contains(err.Error(), k) {
					t.Fatalf("%T: mismatched %q: %v", o1, k, err)
				}
			}
		}
		bad := o2.StateDict()
		delete(bad, "step")
		if err := o3.LoadStateDict(bad); err == nil || !strings.Contains(err.Error(), `"step"`) {
			t.Fatalf("%T: missing step: %v", o1, err)
		}
	}
	sd := NewAdamW([]Param{{"w", tensor.Zeros(1).RequiresGrad()}}, 1).StateDict()
	sd["exp_avg.nope"] = tensor.Zeros(1)
	if err := NewAdamW([]Param{{"w", tensor.Zeros(1).RequiresGrad()}}, 1).LoadStateDict(sd); err == nil || !strings.Contains(err.Error(), "exp_avg.nope") {
		t.Fatalf("unknown entry: %v", err)
	}
}

func TestAdamWStateDictNames(t *testing.T) {
	l := NewLinear(2, 2, true)
	opt := NewAdamW(WithPrefix("fc", l.Parameters()), 0.1)
	l.Forward(tensor.Ones(1, 2)).Sum().Backward()
	opt.Step()
	sd := opt.StateDict()
	for _, k := range []string{"step", "exp_avg.fc.weight", "exp_avg_sq.fc.weight", "exp_avg.fc.bias", "exp_avg_sq.fc.bias"} {
		if _, ok := sd[k]; !ok {
			t.Errorf("state dict lacks %q", k)
		}
	}
	if sd["step"].Item() != 1 {
		t.Errorf("step = %v", sd["step"].Item())
	}
}

func TestClipGradNorm(t *testing.T) {
	a := tensor.Zeros(2).RequiresGrad()
	b := tensor.Zeros(1).RequiresGrad()
	a.SetGrad(tensor.FromSlice([]float32{3, 0}))
	b.SetGrad(tensor.FromSlice([]float32{4}))
	ps := []Param{{"a", a}, {"b", b}}
	if n := ClipGradNorm(ps, 10); n != 5 || a.Grad().Data()[0] != 3 {
		t.Fatalf("no-clip case: norm %v grads %v", n, a.Grad().Data())
	}
	n := ClipGradNorm(ps, 1)
	if n != 5 {
		t.Fatalf("norm before clipping = %v", n)
	}
	ga, gb := a.Grad().Data()[0], b.Grad().Data()[0]
	if after := math.Hypot(float64(ga), float64(gb)); math.Abs(after-1) > 1e-5 || math.Abs(float64(ga/gb)-0.75) > 1e-6 {
		t.Fatalf("clipped grads %v %v (norm %v)", ga, gb, after)
	}
}

func TestCosineSchedule(t *testing.T) {
	s := CosineSchedule{MaxLR: 1, MinLR: 0.1, Warmup: 10, Total: 110}
	cases := map[int]float64{0: 0.1, 4: 0.5, 9: 1, 10: 1, 60: 0.55, 110: 0.1, 500: 0.1}
	for step, want := range cases {
		if got := s.At(step); math.Abs(float64(got)-want) > 1e-6 {
			t.Errorf("At(%d) = %v want %v", step, got, want)
		}
	}
	prev := float32(2)
	for i := 10; i <= 110; i++ {
		if v := s.At(i); v > prev {
			t.Fatalf("not decreasing at %d", i)
		} else {
			prev = v
		}
	}
}

func TestEmbeddingModule(t *testing.T) {
	e := NewEmbedding(10, 4)
	ids := tensor.FromInts([]int{3, 3, 7}, 1, 3)
	y := e.Forward(ids)
	if s := y.Shape(); len(s) != 3 || s[2] != 4 {
		t.Fatalf("shape %v", s)
	}
	y.Sum().Backward()
	g := e.Weight.Grad()
	if g.At(3, 0) != 2 || g.At(7, 1) != 1 || g.At(0, 0) != 0 {
		t.Fatalf("embedding grads wrong: %v", g)
	}
}

// A parameter that is a non-contiguous view is still updated in place.
func TestOptimizersUpdateViews(t *testing.T) {
	for _, mk := range []func(ps []Param) Optimizer{
		func(ps []Param) Optimizer { return NewAdamW(ps, 0.1) },
		func(ps []Param) Optimizer { return NewSGD(ps, 0.1, 0) },
	} {
		base := tensor.Ones(2, 3).RequiresGrad()
		view := base.Detach().T().RequiresGrad()
		opt := mk([]Param{{"v", view}})
		view.Sum().Backward()
		opt.Step()
		if base.At(0, 0) >= 1 {
			t.Fatalf("%T did not update the storage of a transposed parameter: %v", opt, base)
		}
	}
}

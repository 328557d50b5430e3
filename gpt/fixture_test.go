package gpt

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gograd/gograd/st"
	"github.com/gograd/gograd/tensor"
	"github.com/gograd/gograd/tensor/nn"
)

const fixtureDir = "../../shared/fixtures/gpt2-tiny"

// fixture loads the gpt2-tiny model and its PyTorch reference outputs, or
// skips the test when the shared fixtures are not there.
func fixture(t *testing.T) (*Model, *st.File) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(fixtureDir, "expected.safetensors")); err != nil {
		t.Skipf("fixture %s not found (it lives in the shared fixtures checkout next to the repository): %v", fixtureDir, err)
	}
	m, err := Load(fixtureDir)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := st.Open(filepath.Join(fixtureDir, "expected.safetensors"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ref.Close() })
	return m, ref
}

func refInts(t *testing.T, f *st.File, name string) ([]int, []int) {
	t.Helper()
	v, err := f.Int64s(name)
	if err != nil {
		t.Fatal(err)
	}
	info, _ := f.Info(name)
	out := make([]int, len(v))
	for i, x := range v {
		out[i] = int(x)
	}
	return out, info.Shape
}

func refFloats(t *testing.T, f *st.File, name string) []float32 {
	t.Helper()
	x, err := f.Tensor(name)
	if err != nil {
		t.Fatal(err)
	}
	return x.Data()
}

func maxAbsDiff(a, b []float32) (float64, int) {
	worst, at := 0.0, -1
	for i := range a {
		if d := math.Abs(float64(a[i]) - float64(b[i])); d > worst || math.IsNaN(d) {
			worst, at = d, i
		}
	}
	return worst, at
}

func fixtureBatch(t *testing.T, ref *st.File) (ids, targets []int, B, T int) {
	ids, shape := refInts(t, ref, "input_ids")
	targets, _ = refInts(t, ref, "targets")
	return ids, targets, shape[0], shape[1]
}

func TestFixtureLogitsAndLoss(t *testing.T) {
	m, ref := fixture(t)
	ids, targets, B, T := fixtureBatch(t, ref)
	logits, err := m.Forward(ids, B, T)
	if err != nil {
		t.Fatal(err)
	}
	want := refFloats(t, ref, "logits")
	d, i := maxAbsDiff(logits.Data(), want)
	if d > 5e-6 || len(want) != logits.Numel() {
		t.Fatalf("logits: max |diff| %.3g at %d (tolerance 5e-6)", d, i)
	}
	t.Logf("logits: max |diff| %.3g", d)
	loss, err := m.Loss(ids, targets, B, T)
	if err != nil {
		t.Fatal(err)
	}
	wantLoss := refFloats(t, ref, "loss")[0]
	if d := math.Abs(float64(loss - wantLoss)); d > 5e-6 {
		t.Fatalf("loss %v, want %v (|diff| %.3g > 5e-6)", loss, wantLoss, d)
	}
	t.Logf("loss %v, reference %v", loss, wantLoss)
}

func TestFixtureGradients(t *testing.T) {
	m, ref := fixture(t)
	ids, targets, B, T := fixtureBatch(t, ref)
	if _, err := m.Loss(ids, targets, B, T); err != nil {
		t.Fatal(err)
	}
	if err := m.Backward(); err != nil {
		t.Fatal(err)
	}
	if sum := m.Summary(); !strings.Contains(sum, "h.1.attn.c_attn.weight") || !strings.Contains(sum, "[64 192]") || !strings.Contains(sum, "134912") {
		t.Errorf("Summary:\n%s", sum)
	}
	if h := m.DisplayHTML(); !strings.Contains(h, "<code>h.0.mlp.c_fc.bias</code>") || !strings.HasPrefix(h, "<details>") {
		t.Errorf("DisplayHTML: %s", h)
	}
	ps := m.Parameters()
	if len(ps) != 28 {
		t.Fatalf("%d parameters, want 28", len(ps))
	}
	worst := 0.0
	for _, p := range ps {
		g := p.Tensor.Grad()
		if g == nil {
			t.Fatalf("%s: no gradient", p.Name)
		}
		want := refFloats(t, ref, "grad."+p.Name)
		d, i := maxAbsDiff(g.Data(), want)
		if d > 1e-6 {
			t.Errorf("grad.%s: max |diff| %.3g at %d (tolerance 1e-6)", p.Name, d, i)
		}
		worst = max(worst, d)
	}
	t.Logf("gradients: max |diff| %.3g over all parameters", worst)
	// Backward accumulates like PyTorch: a second pass doubles the grads.
	g0 := append([]float32(nil), m.WTE.Grad().Data()...)
	if _, err := m.Loss(ids, targets, B, T); err != nil {
		t.Fatal(err)
	}
	if err := m.Backward(); err != nil {
		t.Fatal(err)
	}
	for i, v := range m.WTE.Grad().Data() {
		if math.Abs(float64(v-2*g0[i])) > 1e-6 {
			t.Fatalf("second Backward: wte grad[%d] = %v, want 2×%v (accumulated)", i, v, g0[i])
		}
	}
}

func TestFixtureAdamWStep(t *testing.T) {
	m, ref := fixture(t)
	ids, targets, B, T := fixtureBatch(t, ref)
	initial := m.Clone()
	opt := nn.NewAdamWGroups(1e-3, nn.DecayGroups(m.Parameters(), 0.1)...)
	opt.Beta1, opt.Beta2, opt.Eps = 0.9, 0.95, 1e-8
	opt.ZeroGrad()
	if _, err := m.Loss(ids, targets, B, T); err != nil {
		t.Fatal(err)
	}
	if err := m.Backward(); err != nil {
		t.Fatal(err)
	}
	grads := map[string][]float32{}
	for _, p := range m.Parameters() {
		grads[p.Name] = append([]float32(nil), p.Tensor.Grad().Data()...)
	}
	opt.Step()
	const lr, delta, eps = 1e-3, 1e-6, 1e-8
	for _, p := range m.Parameters() {
		want := refFloats(t, ref, "updated."+p.Name)
		gref := refFloats(t, ref, "grad."+p.Name)
		p0 := initial.Param(p.Name).Data()
		wd := 0.0
		if p.Tensor.Dim() >= 2 {
			wd = 0.1
		}
		for i, got := range p.Tensor.Data() {
			// The README's tolerance, loose only where |g| is tiny.
			gap := math.Max(math.Abs(float64(gref[i]))-delta, 0) + eps
			tol := 1e-6 + lr*math.Min(2, delta*eps/(gap*gap))
			if d := math.Abs(float64(got - want[i])); d > tol {
				t.Errorf("updated.%s[%d] = %v, want %v (|diff| %.3g > %.3g)", p.Name, i, got, want[i], d, tol)
				break
			}
			// The same step in float64 from our own gradients.
			g := float64(grads[p.Name][i])
			mh := 0.1 * g / 0.1
			vh := 0.05 * g * g / 0.05
			exp := float64(p0[i])*(1-lr*wd) - lr*mh/(math.Sqrt(vh)+eps)
			if d := math.Abs(float64(got) - exp); d > 1e-6 {
				t.Errorf("%s[%d] = %v, float64 AdamW from our gradient gives %v (|diff| %.3g)", p.Name, i, got, exp, d)
				break
			}
		}
	}
}

func TestFixtureGreedyGeneration(t *testing.T) {
	m, ref := fixture(t)
	prompt, _ := refInts(t, ref, "gen_prompt")
	want, _ := refInts(t, ref, "gen_tokens")
	n := len(want) - len(prompt)
	for _, noCache := range []bool{true, false} {
		got, err := m.Generate(prompt, GenerateOptions{MaxNewTokens: n, NoCache: noCache}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("noCache=%v: %d tokens, want %d", noCache, len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("noCache=%v: tokens %v, want %v", noCache, got, want)
			}
		}
	}
}

// The tensor entry points agree with the slice ones.
func TestFixtureTensorAPI(t *testing.T) {
	m, ref := fixture(t)
	ids, targets, B, T := fixtureBatch(t, ref)
	loss, err := m.LossTensor(tensor.FromInts(ids, B, T), tensor.FromInts(targets, B, T))
	if err != nil {
		t.Fatal(err)
	}
	if want := refFloats(t, ref, "loss")[0]; math.Abs(float64(loss-want)) > 5e-6 {
		t.Fatalf("LossTensor %v, want %v", loss, want)
	}
	lg, err := m.ForwardTensor(tensor.FromInts(ids[:T], T))
	if err != nil {
		t.Fatal(err)
	}
	if s := lg.Shape(); len(s) != 3 || s[0] != 1 || s[1] != T || s[2] != 512 {
		t.Fatalf("ForwardTensor shape %v", s)
	}
	if d, _ := maxAbsDiff(lg.Data(), refFloats(t, ref, "logits")[:T*512]); d > 5e-6 {
		t.Fatalf("ForwardTensor logits differ by %g", d)
	}
}

// A loss computed with package tensor's autograd on Logits(), sent back
// through BackwardLogits, gives the fixture's gradients too.
func TestFixtureBackwardLogits(t *testing.T) {
	m, ref := fixture(t)
	ids, targets, B, T := fixtureBatch(t, ref)
	if _, err := m.Forward(ids, B, T); err != nil {
		t.Fatal(err)
	}
	logits := m.Logits().Clone().RequiresGrad()
	loss := tensor.CrossEntropy(logits.Reshape(B*T, 512), tensor.FromInts(targets, B*T))
	loss.Backward()
	if err := m.BackwardLogits(logits.Grad()); err != nil {
		t.Fatal(err)
	}
	for _, p := range m.Parameters() {
		if d, i := maxAbsDiff(p.Tensor.Grad().Data(), refFloats(t, ref, "grad."+p.Name)); d > 1e-6 {
			t.Errorf("grad.%s: max |diff| %.3g at %d", p.Name, d, i)
		}
	}
	if err := m.BackwardLogits(tensor.Zeros(B, T, 5)); err == nil || !strings.Contains(err.Error(), "want the logits'") {
		t.Errorf("BackwardLogits with a wrong shape: %v", err)
	}
}

// The fixture model, trained on a repeated pattern, learns it.
func TestFixtureTrainPattern(t *testing.T) {
	m, _ := fixture(t)
	pattern := []int{17, 301, 5, 88, 452, 230, 9, 64, 511}
	var data []int
	for len(data) < 1000 {
		data = append(data, pattern...)
	}
	res, err := m.Train(data, TrainOptions{Steps: 40, BatchSize: 4, SeqLen: 32, LR: 1e-2, Warmup: 4, MinLR: 1e-3, WeightDecay: 0.1, GradClip: 1, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	first, last := res.Losses[0], res.Losses[len(res.Losses)-1]
	t.Logf("gpt2-tiny on a 9-token pattern: loss %.3f → %.3f", first, last)
	if first < 5 || last > 0.5 {
		t.Fatalf("loss %.3f → %.3f, want from ≈ln 512 to < 0.5", first, last)
	}
	out, err := m.Generate(pattern[:2], GenerateOptions{MaxNewTokens: 9}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := append(slices.Clone(pattern), pattern[:2]...); !slices.Equal(out, want) {
		t.Errorf("generation after training %v, want %v", out, want)
	}
}

package gpt

import (
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gograd/gograd/accel"
	"github.com/gograd/gograd/st"
	"github.com/gograd/gograd/tensor"
	"github.com/gograd/gograd/tensor/nn"
	"github.com/gograd/gograd/tok"
)

func smallConfig() Config {
	return Config{NLayer: 2, NHead: 2, NEmbd: 32, VocabSize: 64, NPositions: 16, LayerNormEpsilon: 1e-5}
}

func smallModel(t testing.TB, seed uint64) *Model {
	t.Helper()
	m, err := New(smallConfig(), seed)
	if err != nil {
		t.Fatal(err)
	}
	// Larger weights than GPT-2's init so that logits are far from uniform
	// and generation is not a sequence of near-ties.
	r := rand.New(rand.NewPCG(seed, 1))
	for _, p := range m.Parameters() {
		d := p.Tensor.Data()
		for i := range d {
			d[i] += float32(r.NormFloat64() * 0.3)
		}
	}
	return m
}

func TestConfig(t *testing.T) {
	c, err := LoadConfig(filepath.Join(fixtureDir, "config.json"))
	if err != nil {
		t.Skipf("fixture config: %v", err)
	}
	want := Config{NLayer: 2, NHead: 4, NEmbd: 64, VocabSize: 512, NPositions: 32, LayerNormEpsilon: 1e-5, ActivationFunction: "gelu_new"}
	if c != want {
		t.Fatalf("LoadConfig = %+v, want %+v", c, want)
	}
	if m, _ := newEmpty(want); m.String() != "GPT-2: 2 layers, 4 heads, 64 wide, vocab 512, context 32, 134.9K parameters" {
		t.Errorf("String() = %q", m.String())
	}
	if n := GPT2().NumParams(); n != 124439808 {
		t.Errorf("gpt2 has %d parameters, want 124439808", n)
	}
	for _, bad := range []string{
		`{"n_layer": 2, "n_head": 3, "n_embd": 64, "vocab_size": 10, "n_positions": 8}`,
		`{"n_layer": 0, "n_head": 4, "n_embd": 64, "vocab_size": 10, "n_positions": 8}`,
		`{"n_layer": 2, "n_head": 4, "n_embd": 64, "vocab_size": 10, "n_positions": 8, "activation_function": "relu"}`,
		`{"n_layer": 2, "n_head": 4, "n_embd": 64, "vocab_size": 10}`,
		`not json`,
	} {
		p := filepath.Join(t.TempDir(), "config.json")
		os.WriteFile(p, []byte(bad), 0o644)
		if _, err := LoadConfig(p); err == nil {
			t.Errorf("LoadConfig(%s) succeeded", bad)
		}
	}
	// n_ctx stands in for n_positions.
	p := filepath.Join(t.TempDir(), "config.json")
	os.WriteFile(p, []byte(`{"n_layer": 1, "n_head": 1, "n_embd": 8, "vocab_size": 10, "n_ctx": 8, "n_inner": null}`), 0o644)
	if c, err := LoadConfig(p); err != nil || c.NPositions != 8 || c.Inner() != 32 {
		t.Errorf("n_ctx config: %+v, %v", c, err)
	}
}

func TestBadInput(t *testing.T) {
	m := smallModel(t, 1)
	ok := make([]int, 8)
	long := make([]int, 17)
	cases := []struct {
		name string
		run  func() error
		want string
	}{
		{"id too large", func() error { _, err := m.Forward([]int{1, 2, 64, 3}, 1, 4); return err }, "token id 64"},
		{"negative id", func() error { _, err := m.Forward([]int{-1, 2}, 1, 2); return err }, "token id -1"},
		{"too long", func() error { _, err := m.Forward(long, 1, 17); return err }, "n_positions = 16"},
		{"length mismatch", func() error { _, err := m.Forward(ok, 2, 3); return err }, "8 token ids"},
		{"empty batch", func() error { _, err := m.Forward(nil, 0, 4); return err }, "positive"},
		{"bad target", func() error { _, err := m.Loss(ok, []int{0, 1, 2, 3, 4, 5, 6, 99}, 2, 4); return err }, "target 99"},
		{"short targets", func() error { _, err := m.Loss(ok, ok[:3], 2, 4); return err }, "3 targets"},
		{"backward first", func() error { return New2(t).Backward() }, "call Loss first"},
		{"backward after Forward", func() error {
			m2 := New2(t)
			m2.Forward(ok, 2, 4)
			return m2.Backward()
		}, "call Loss first"},
		{"empty prompt", func() error { _, err := m.Generate(nil, GenerateOptions{MaxNewTokens: 1}, nil); return err }, "empty prompt"},
		{"long prompt", func() error { _, err := m.Generate(long, GenerateOptions{MaxNewTokens: 1}, nil); return err }, "longer than"},
		{"prompt id", func() error { _, err := m.Generate([]int{70}, GenerateOptions{MaxNewTokens: 1}, nil); return err }, "token id 70"},
		{"bad top-p", func() error {
			_, err := m.Generate([]int{1}, GenerateOptions{MaxNewTokens: 1, TopP: 2}, nil)
			return err
		}, "TopP"},
		{"train ids", func() error { _, err := m.Train([]int{1, 2, 300, 4}, TrainOptions{Steps: 1, SeqLen: 2}); return err }, "token id 300"},
		{"train short data", func() error { _, err := m.Train([]int{1, 2}, TrainOptions{Steps: 1, SeqLen: 4}); return err }, "need at least"},
		{"tensor ids rank", func() error { _, err := m.ForwardTensor(tensor.Zeros(1, 2, 3)); return err }, "shape"},
		{"tensor targets shape", func() error {
			_, err := m.LossTensor(tensor.FromInts(ok, 2, 4), tensor.FromInts(ok, 8))
			return err
		}, "targets have shape [8]"},
		{"fractional id", func() error { _, err := m.ForwardTensor(tensor.FromSlice([]float32{1, 2.5}, 2)); return err }, "whole numbers"},
		{"bad config", func() error {
			_, err := New(Config{NLayer: 1, NHead: 3, NEmbd: 8, VocabSize: 4, NPositions: 4}, 0)
			return err
		}, "multiple of n_head"},
	}
	for _, c := range cases {
		err := c.run()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one mentioning %q", c.name, err, c.want)
		}
	}
}

func New2(t *testing.T) *Model { return smallModel(t, 2) }

// writeFile saves tensors as a safetensors file and returns its path.
func writeFile(t *testing.T, dir string, tensors map[string]*tensor.Tensor) string {
	t.Helper()
	p := filepath.Join(dir, "model.safetensors")
	if err := st.Save(p, tensors, nil); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadLayouts(t *testing.T) {
	m := smallModel(t, 3)
	c := m.Config
	ids := []int{1, 5, 9, 3, 7, 2}
	want, _ := m.Forward(ids, 1, 6)

	withPrefix := map[string]*tensor.Tensor{}
	for name, v := range m.StateDict() {
		withPrefix["transformer."+name] = v
	}
	withPrefix["lm_head.weight"] = m.WTE
	for i := 0; i < c.NLayer; i++ {
		withPrefix[filepathJoin("transformer.h", i, "attn.bias")] = tensor.Ones(1, 1, 16, 16)
		withPrefix[filepathJoin("transformer.h", i, "attn.masked_bias")] = tensor.Scalar(-1e4)
	}
	missing := m.StateDict()
	delete(missing, "h.1.mlp.c_fc.bias")
	misshaped := m.StateDict()
	misshaped["h.0.attn.c_proj.weight"] = tensor.Zeros(32, 16)
	untied := m.StateDict()
	untied["lm_head.weight"] = tensor.Zeros(64, 32)
	extraLayer := m.StateDict()
	extraLayer["h.2.ln_1.weight"] = tensor.Ones(32)

	cases := []struct {
		name    string
		tensors map[string]*tensor.Tensor
		wantErr string
	}{
		{"plain", m.StateDict(), ""},
		{"transformer prefix, lm_head, mask buffers", withPrefix, ""},
		{"missing", missing, `missing tensor "h.1.mlp.c_fc.bias"`},
		{"misshaped", misshaped, `"h.0.attn.c_proj.weight" has shape [32 16], want [32 32]`},
		{"extra layer", extraLayer, `unexpected tensor "h.2.ln_1.weight"`},
		{"untied head", untied, `"lm_head.weight" differs from wte.weight`},
	}
	for _, tc := range cases {
		p := writeFile(t, t.TempDir(), tc.tensors)
		got, err := LoadFile(p, c)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("%s: error %v, want %q", tc.name, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		lg, _ := got.Forward(ids, 1, 6)
		if d, _ := maxAbsDiff(lg.Data(), want.Data()); d != 0 {
			t.Errorf("%s: logits differ by %g after loading", tc.name, d)
		}
	}
	// Half-precision files load (converted to float32).
	for _, dt := range []string{"F16", "BF16"} {
		d, _ := st.ParseDType(dt)
		p := filepath.Join(t.TempDir(), "half.safetensors")
		if err := st.Save(p, m.StateDict(), nil, st.WithDType(d)); err != nil {
			t.Fatal(err)
		}
		half, err := LoadFile(p, c)
		if err != nil {
			t.Fatalf("%s: %v", dt, err)
		}
		if d, _ := maxAbsDiff(half.paramMem, m.paramMem); d == 0 || d > 0.02 {
			t.Errorf("%s weights differ from float32 by %g", dt, d)
		}
	}
	if _, err := Load(t.TempDir()); err == nil || !strings.Contains(err.Error(), "config") {
		t.Errorf("Load of an empty dir: %v", err)
	}
	onlyConfig := t.TempDir()
	c.WriteFile(filepath.Join(onlyConfig, "config.json"))
	if _, err := Load(onlyConfig); err == nil || !strings.Contains(err.Error(), "neither model.safetensors") {
		t.Errorf("Load without weights: %v", err)
	}
	os.WriteFile(filepath.Join(onlyConfig, "model.safetensors"), []byte("garbage, not safetensors"), 0o644)
	if _, err := Load(onlyConfig); err == nil {
		t.Error("Load of a corrupt file succeeded")
	}
	if _, err := LoadFile(filepath.Join(t.TempDir(), "nope.safetensors"), c); err == nil {
		t.Error("LoadFile of a missing file succeeded")
	}
}

func filepathJoin(prefix string, i int, suffix string) string {
	return prefix + "." + string(rune('0'+i)) + "." + suffix
}

func TestSaveDirRoundTrip(t *testing.T) {
	m := smallModel(t, 4)
	m.Config.LayerNormEpsilon = 1e-6
	dir := filepath.Join(t.TempDir(), "ckpt")
	if err := m.SaveDir(dir); err != nil {
		t.Fatal(err)
	}
	got, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got.Config.Eps() != m.Config.Eps() || got.Config.NLayer != 2 {
		t.Fatalf("config round trip: %+v", got.Config)
	}
	if !slices.Equal(got.paramMem, m.paramMem) {
		t.Fatal("parameters differ after SaveDir/Load")
	}
	if byFile, err := Load(filepath.Join(dir, "model.safetensors")); err != nil || !slices.Equal(byFile.paramMem, m.paramMem) {
		t.Fatalf("Load of the file path: %v", err)
	}
	sd, err := st.Load(filepath.Join(dir, "model.safetensors"))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := sd["h.1.attn.c_attn.weight"]; !ok || len(sd) != len(m.Parameters()) {
		t.Fatalf("saved names: %d tensors", len(sd))
	}
	fromSD, err := FromStateDict(m.Config, sd)
	if err != nil || !slices.Equal(fromSD.paramMem, m.paramMem) {
		t.Fatalf("FromStateDict: %v", err)
	}
}

func TestGELUExact(t *testing.T) {
	x := tensor.Linspace(-4, 4, 33)
	want := x.GELUExact().Data()
	got := make([]float32, 33)
	geluExactForward(got, x.Data())
	if d, i := maxAbsDiff(got, want); d > 1e-6 {
		t.Fatalf("erf GELU differs from tensor.GELUExact by %g at x=%v", d, x.Data()[i])
	}
	// The two GELUs give different models: the config matters.
	m := smallModel(t, 8)
	a, _ := m.Forward([]int{1, 2, 3}, 1, 3)
	m.Config.ActivationFunction = "gelu"
	b, _ := m.Forward([]int{1, 2, 3}, 1, 3)
	if d, _ := maxAbsDiff(a.Data(), b.Data()); d < 1e-5 {
		t.Fatalf("gelu and gelu_new logits differ by only %g", d)
	}
	// The cached path follows too.
	c1, _ := m.Generate([]int{1, 2, 3}, GenerateOptions{MaxNewTokens: 20}, nil)
	c2, _ := m.Generate([]int{1, 2, 3}, GenerateOptions{MaxNewTokens: 20, NoCache: true}, nil)
	if !slices.Equal(c1, c2) {
		t.Fatalf("erf GELU: cached %v, no cache %v", c1, c2)
	}
}

func TestLayerNormAnyEps(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	N, C := 7, 48
	rnd := func(n int) []float32 {
		x := make([]float32, n)
		for i := range x {
			x[i] = float32(r.NormFloat64())
		}
		return x
	}
	inp, w, b := rnd(N*C), rnd(C), rnd(C)
	o1, o2 := make([]float32, N*C), make([]float32, N*C)
	m1, m2, r1, r2 := make([]float32, N), make([]float32, N), make([]float32, N), make([]float32, N)
	accel.LayerNormForward(o1, m1, r1, inp, w, b, N, C)
	layerNormForwardGo(o2, m2, r2, inp, w, b, N, C, 1e-5)
	for _, pair := range [][2][]float32{{o1, o2}, {m1, m2}, {r1, r2}} {
		if d, i := maxAbsDiff(pair[0], pair[1]); d > 1e-5 {
			t.Fatalf("Go LayerNorm differs from accel by %g at %d", d, i)
		}
	}
}

// The KV-cache path must give the no-cache path's tokens: greedy and
// sampled, and past n_positions (sliding window).
func TestKVCacheMatchesNoCache(t *testing.T) {
	m := smallModel(t, 5)
	prompt := []int{3, 14, 15, 9, 2}
	opts := []GenerateOptions{
		{MaxNewTokens: 30},
		{MaxNewTokens: 30, Temperature: 0.8, TopK: 10, Seed: 7},
		{MaxNewTokens: 30, Temperature: 1.2, TopP: 0.9, Seed: 8},
	}
	for _, o := range opts {
		var streamed []int
		cached, err := m.Generate(prompt, o, func(tok int) bool { streamed = append(streamed, tok); return true })
		if err != nil {
			t.Fatal(err)
		}
		o.NoCache = true
		ref, err := m.Generate(prompt, o, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(cached, ref) {
			t.Errorf("%+v:\n cached   %v\n no cache %v", o, cached, ref)
		}
		if len(cached) != len(prompt)+30 || !slices.Equal(streamed, cached[len(prompt):]) {
			t.Errorf("streamed %v, result %v", streamed, cached)
		}
	}
	// Logits, step by step, through the window shift.
	kc := m.newKVCache()
	ctx := slices.Clone(prompt)
	for i := 0; i < 20; i++ {
		got := slices.Clone(kc.next(ctx))
		want, err := m.NextLogits(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if d, _ := maxAbsDiff(got, want); d > 1e-5 {
			t.Fatalf("context %d: cached logits differ by %g", len(ctx), d)
		}
		ctx = append(ctx, argmax(want))
	}
}

func TestSampling(t *testing.T) {
	m := smallModel(t, 6)
	prompt := []int{1, 2, 3}
	gen := func(o GenerateOptions) []int {
		o.MaxNewTokens = 12
		out, err := m.Generate(prompt, o, nil)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	greedy := gen(GenerateOptions{})
	if got := gen(GenerateOptions{Temperature: 1, TopK: 1, Seed: 3}); !slices.Equal(got, greedy) {
		t.Errorf("top-k 1 %v, greedy %v", got, greedy)
	}
	if got := gen(GenerateOptions{Temperature: 1, TopP: 1e-9, Seed: 3}); !slices.Equal(got, greedy) {
		t.Errorf("tiny top-p %v, greedy %v", got, greedy)
	}
	a := gen(GenerateOptions{Temperature: 1.5, Seed: 42})
	if b := gen(GenerateOptions{Temperature: 1.5, Seed: 42}); !slices.Equal(a, b) {
		t.Errorf("same seed, different tokens: %v vs %v", a, b)
	}
	differ := false
	for s := uint64(0); s < 5 && !differ; s++ {
		differ = !slices.Equal(a, gen(GenerateOptions{Temperature: 1.5, Seed: 100 + s}))
	}
	if !differ {
		t.Error("five other seeds all gave the same sample")
	}
	// Top-k only ever picks among the k most likely tokens.
	s := newSampler(GenerateOptions{Temperature: 5, TopK: 3, Seed: 1}, 64)
	logits := make([]float32, 64)
	for i := range logits {
		logits[i] = float32(i % 17)
	}
	for i := 0; i < 200; i++ {
		if tok := s.pick(logits); logits[tok] < 15 {
			t.Fatalf("top-3 picked token %d with logit %v", tok, logits[tok])
		}
	}
	// The iterator form gives the same tokens and stops on break.
	var it []int
	for tok, err := range m.Tokens(prompt, GenerateOptions{MaxNewTokens: 12}) {
		if err != nil {
			t.Fatal(err)
		}
		it = append(it, tok)
	}
	if !slices.Equal(it, greedy[len(prompt):]) {
		t.Errorf("Tokens %v, Generate %v", it, greedy[len(prompt):])
	}
	n := 0
	for range m.Tokens(prompt, GenerateOptions{MaxNewTokens: 12}) {
		if n++; n == 3 {
			break
		}
	}
	for tok, err := range m.Tokens(nil, GenerateOptions{MaxNewTokens: 12}) {
		if tok != -1 || err == nil {
			t.Errorf("Tokens(nil): %d, %v", tok, err)
		}
	}
	// Stop tokens and an early stop from the callback.
	first := greedy[len(prompt)]
	out, _ := m.Generate(prompt, GenerateOptions{MaxNewTokens: 12, Stop: []int{first}}, nil)
	if len(out) != len(prompt)+1 {
		t.Errorf("stop token: %v", out)
	}
	out, _ = m.Generate(prompt, GenerateOptions{MaxNewTokens: 12}, func(int) bool { return false })
	if len(out) != len(prompt)+1 {
		t.Errorf("yield false: %v", out)
	}
}

func TestBatcher(t *testing.T) {
	data := make([]int, 100)
	for i := range data {
		data[i] = i
	}
	b1, _ := NewBatcher(data, 3, 10, 9)
	b2, _ := NewBatcher(data, 3, 10, 9)
	for k := 0; k < 20; k++ {
		x, y := b1.Next()
		x2, _ := b2.Next()
		if !slices.Equal(x, x2) {
			t.Fatal("same seed, different batches")
		}
		for i := range x {
			if y[i] != x[i]+1 || (i%10 > 0 && x[i] != x[i-1]+1) || y[i] >= 100 {
				t.Fatalf("batch %v / %v is not windows of the data shifted by one", x, y)
			}
		}
	}
}

// Gradients reset when an optimizer's ZeroGrad detached them, and
// accumulate otherwise; the optimizer then sees them.
func TestZeroGradSemantics(t *testing.T) {
	m := smallModel(t, 7)
	ids, tg := []int{1, 2, 3, 4, 5, 6}, []int{2, 3, 4, 5, 6, 7}
	step := func() {
		if _, err := m.Loss(ids, tg, 2, 3); err != nil {
			t.Fatal(err)
		}
		if err := m.Backward(); err != nil {
			t.Fatal(err)
		}
	}
	step()
	once := slices.Clone(m.gradMem)
	opt := nn.NewAdamW(m.Parameters(), 1e-3)
	opt.ZeroGrad()
	step()
	if !slices.Equal(m.gradMem, once) {
		t.Fatal("Backward after an optimizer ZeroGrad did not start from zero")
	}
	m.ZeroGrad()
	step()
	if !slices.Equal(m.gradMem, once) {
		t.Fatal("Backward after Model.ZeroGrad did not start from zero")
	}
}

// Gradients of a model with another LayerNorm eps against central
// differences in float64 on the loss (spot checks).
func TestGradientsFiniteDifference(t *testing.T) {
	for _, act := range []string{"gelu_new", "gelu"} {
		t.Run(act, func(t *testing.T) { testGradientsFiniteDifference(t, act) })
	}
}

func testGradientsFiniteDifference(t *testing.T, act string) {
	cfg := Config{NLayer: 1, NHead: 2, NEmbd: 8, VocabSize: 11, NPositions: 6, LayerNormEpsilon: 1e-3, ActivationFunction: act}
	m, _ := New(cfg, 9)
	r := rand.New(rand.NewPCG(2, 3))
	for _, p := range m.Parameters() {
		d := p.Tensor.Data()
		for i := range d {
			d[i] += float32(r.NormFloat64() * 0.2)
		}
	}
	ids, tg := []int{1, 2, 3, 4, 5, 6, 7, 8}, []int{2, 3, 4, 5, 6, 7, 8, 9}
	m.Loss(ids, tg, 2, 4)
	m.Backward()
	grads := slices.Clone(m.gradMem)
	for _, idx := range []int{0, 13, 88, 95, 100, 200, 300, 500, len(m.paramMem) - 1} {
		old := m.paramMem[idx]
		h := float32(1e-2)
		m.paramMem[idx] = old + h
		lp, _ := m.Loss(ids, tg, 2, 4)
		m.paramMem[idx] = old - h
		lm, _ := m.Loss(ids, tg, 2, 4)
		m.paramMem[idx] = old
		num := (float64(lp) - float64(lm)) / (2 * float64(h))
		if d := math.Abs(num - float64(grads[idx])); d > 2e-3*math.Max(1, math.Abs(num)) {
			t.Errorf("param %d: analytic %g, numeric %g", idx, grads[idx], num)
		}
	}
}

// Training the tiny model on a repeated pattern drives the loss down.
func TestTrainLossFalls(t *testing.T) {
	m, err := New(Config{NLayer: 2, NHead: 2, NEmbd: 32, VocabSize: 16, NPositions: 16}, 1)
	if err != nil {
		t.Fatal(err)
	}
	pattern := []int{1, 4, 2, 8, 5, 7, 3}
	var data []int
	for len(data) < 500 {
		data = append(data, pattern...)
	}
	var infos []StepInfo
	res, err := m.Train(data, TrainOptions{Steps: 60, BatchSize: 4, SeqLen: 16, LR: 1e-2, Warmup: 5, MinLR: 1e-3, GradClip: 1, Seed: 1,
		EvalData: data[:100], EvalEvery: 25,
		Callback: func(s StepInfo) bool { infos = append(infos, s); return true }})
	if err != nil {
		t.Fatal(err)
	}
	first, last := res.Losses[0], res.Losses[len(res.Losses)-1]
	t.Logf("loss %.3f → %.3f (%.0f tok/s)", first, last, res.TokensPerSec)
	if first < 2 || last > 0.2 {
		t.Fatalf("loss %.3f → %.3f, want from ≈ln 16 to < 0.2", first, last)
	}
	if len(infos) != 60 || infos[59].Step != 60 || infos[0].LR >= infos[4].LR || infos[59].TokensPerSec <= 0 {
		t.Fatalf("callback infos: first %+v last %+v", infos[0], infos[len(infos)-1])
	}
	if !slices.Equal(res.ValSteps, []int{25, 50, 60}) || res.ValLosses[2] > 0.2 || infos[49].ValLoss != res.ValLosses[1] || !math.IsNaN(float64(infos[0].ValLoss)) {
		t.Errorf("validation: steps %v losses %v", res.ValSteps, res.ValLosses)
	}
	if !strings.Contains(infos[59].String(), "val loss") || !strings.HasPrefix(infos[59].String(), "step 60/60  loss ") {
		t.Errorf("StepInfo.String() = %q", infos[59].String())
	}
	// It has learnt the pattern: greedy continuation repeats it.
	out, _ := m.Generate([]int{1, 4, 2}, GenerateOptions{MaxNewTokens: 8}, nil)
	if want := []int{1, 4, 2, 8, 5, 7, 3, 1, 4, 2, 8}; !slices.Equal(out, want) {
		t.Errorf("after training, generation %v, want %v", out, want)
	}
	// A callback returning false stops training.
	res, _ = m.Train(data, TrainOptions{Steps: 10, SeqLen: 8, Callback: func(s StepInfo) bool { return s.Step < 3 }})
	if len(res.Losses) != 3 {
		t.Errorf("stopped run took %d steps, want 3", len(res.Losses))
	}
	// A caller's optimizer keeps its learning rate and its state.
	opt := nn.NewAdamW(m.Parameters(), 1e-4)
	var lrs []float32
	if _, err := m.Train(data, TrainOptions{Steps: 2, SeqLen: 8, Optimizer: opt, Callback: func(s StepInfo) bool { lrs = append(lrs, s.LR); return true }}); err != nil {
		t.Fatal(err)
	}
	if lrs[0] != 1e-4 || opt.StepCount() != 2 {
		t.Errorf("with the caller's optimizer: lr %v, %d steps", lrs, opt.StepCount())
	}
}

func TestComplete(t *testing.T) {
	text := "the quick brown fox jumps over the lazy dog. "
	ch := tok.NewChar(strings.Repeat(text, 3), tok.UnknownReplace)
	m, err := New(Config{NLayer: 2, NHead: 2, NEmbd: 32, VocabSize: ch.VocabSize(), NPositions: 32}, 3)
	if err != nil {
		t.Fatal(err)
	}
	var data []int
	for len(data) < 400 {
		data = append(data, ch.Encode(text)...)
	}
	if _, err := m.Train(data, TrainOptions{Steps: 80, BatchSize: 4, SeqLen: 32, LR: 1e-2, Warmup: 5, MinLR: 1e-3}); err != nil {
		t.Fatal(err)
	}
	var pieces []string
	out, err := m.Complete(ch, "quick b", GenerateOptions{MaxNewTokens: 10}, func(p string) bool { pieces = append(pieces, p); return true })
	if err != nil {
		t.Fatal(err)
	}
	if out != "rown fox j" || strings.Join(pieces, "") != out {
		t.Errorf("Complete = %q (pieces %q), want \"rown fox j\"", out, pieces)
	}
	big, _ := New(Config{NLayer: 1, NHead: 1, NEmbd: 8, VocabSize: 3, NPositions: 8}, 1)
	if _, err := big.Complete(ch, "hello", GenerateOptions{MaxNewTokens: 1}, nil); err == nil {
		t.Error("Complete with a tokenizer larger than the vocabulary succeeded")
	}
}

// A run stopped and resumed from its checkpoint ends where an
// uninterrupted run ends.
func TestTrainResume(t *testing.T) {
	var data []int
	for i := 0; len(data) < 300; i++ {
		data = append(data, (i*i+3*i)%16)
	}
	cfg := Config{NLayer: 1, NHead: 2, NEmbd: 16, VocabSize: 16, NPositions: 8}
	opts := TrainOptions{Steps: 10, BatchSize: 2, SeqLen: 8, LR: 5e-3, WeightDecay: 0.1, Seed: 4}
	straight, _ := New(cfg, 1)
	full, err := straight.Train(data, opts)
	if err != nil {
		t.Fatal(err)
	}

	dir := t.TempDir()
	ck, err := st.NewCheckpointer(dir, 3, 2)
	if err != nil {
		t.Fatal(err)
	}
	ck.Warn = io.Discard
	interrupted, _ := New(cfg, 1)
	o := opts
	o.Checkpointer = ck
	o.Callback = func(s StepInfo) bool { return s.Step < 7 } // "killed" after step 7; last checkpoint is step 6
	if _, err := interrupted.Train(data, o); err != nil {
		t.Fatal(err)
	}
	resumed, _ := New(cfg, 1) // fresh weights: everything must come from the checkpoint
	o.Callback = nil
	res, err := resumed.Train(data, o)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Losses) != 4 {
		t.Fatalf("resumed run took %d steps, want 4 (7…10)", len(res.Losses))
	}
	for i, l := range res.Losses {
		if d := math.Abs(float64(l - full.Losses[6+i])); d > 1e-5 {
			t.Errorf("step %d: resumed loss %v, uninterrupted %v", 7+i, l, full.Losses[6+i])
		}
	}
	if d, i := maxAbsDiff(resumed.paramMem, straight.paramMem); d > 1e-5 {
		t.Errorf("final weights differ by %g at %d", d, i)
	}
	if files, _ := ck.List(); len(files) != 2 {
		t.Errorf("checkpoints kept: %v, want the last 2", files)
	}
}

// With GPT-2's byte-level BPE, streamed pieces are valid UTF-8 and add up
// to the decoded tokens, even when a random model emits partial
// characters.
func TestCompleteBPEStream(t *testing.T) {
	bpe, err := tok.GPT2("../../shared/data/gpt2-tokenizer")
	if err != nil {
		t.Skipf("GPT-2 tokenizer not available: %v", err)
	}
	m, err := New(Config{NLayer: 1, NHead: 1, NEmbd: 8, VocabSize: bpe.VocabSize(), NPositions: 64}, 5)
	if err != nil {
		t.Fatal(err)
	}
	var pieces []string
	out, err := m.Complete(bpe, "Héllo, wörld", GenerateOptions{MaxNewTokens: 40, Temperature: 1, Seed: 1}, func(p string) bool {
		pieces = append(pieces, p)
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pieces {
		if !utf8.ValidString(p) {
			t.Errorf("piece %q is not valid UTF-8", p)
		}
	}
	if strings.Join(pieces, "") != out {
		t.Errorf("pieces %q do not add up to %q", pieces, out)
	}
	ids, _ := m.Generate(bpe.Encode("Héllo, wörld"), GenerateOptions{MaxNewTokens: 40, Temperature: 1, Seed: 1}, nil)
	want, _ := bpe.Decode(ids[len(bpe.Encode("Héllo, wörld")):])
	if out != want {
		t.Errorf("Complete %q, Decode of the same tokens %q", out, want)
	}
}

// GradAccum averages the gradients of several batches: one step equals
// Loss+Backward on each batch, gradients halved, then AdamW.
func TestTrainGradAccum(t *testing.T) {
	var data []int
	for i := 0; len(data) < 300; i++ {
		data = append(data, (i*i+5*i)%16)
	}
	cfg := Config{NLayer: 1, NHead: 2, NEmbd: 16, VocabSize: 16, NPositions: 8}
	m, _ := New(cfg, 1)
	ref := m.Clone()
	res, err := m.Train(data, TrainOptions{Steps: 1, BatchSize: 2, SeqLen: 8, LR: 1e-2, GradAccum: 2, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	bt, _ := NewBatcher(data, 2, 8, 3)
	var mean float32
	for k := 0; k < 2; k++ {
		x, y := bt.Next()
		l, _ := ref.Loss(x, y, 2, 8)
		ref.Backward()
		mean += l / 2
	}
	for i := range ref.gradMem {
		ref.gradMem[i] /= 2
	}
	opt := nn.NewAdamWGroups(1e-2, nn.DecayGroups(ref.Parameters(), 0)...)
	opt.Beta1, opt.Beta2, opt.Eps = 0.9, 0.95, 1e-8
	opt.Step()
	if math.Abs(float64(res.Losses[0]-mean)) > 1e-6 {
		t.Errorf("reported loss %v, mean of the micro-batches %v", res.Losses[0], mean)
	}
	if d, i := maxAbsDiff(m.paramMem, ref.paramMem); d > 1e-6 {
		t.Errorf("weights after one accumulated step differ by %g at %d", d, i)
	}
}

// TestConfigWriteFileRoundTrip checks that config.json spells the epsilon
// as people write it (1e-05) and reads back to the same Config.
func TestConfigWriteFileRoundTrip(t *testing.T) {
	c := Config{NLayer: 2, NHead: 4, NEmbd: 64, VocabSize: 512, NPositions: 32, LayerNormEpsilon: 1e-5}
	p := filepath.Join(t.TempDir(), "config.json")
	if err := c.WriteFile(p); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(raw), `"layer_norm_epsilon": 1e-05`) {
		t.Errorf("config.json epsilon not written as 1e-05:\n%s", raw)
	}
	back, err := LoadConfig(p)
	if err != nil {
		t.Fatal(err)
	}
	if back.Eps() != c.Eps() || back.NLayer != c.NLayer || back.NEmbd != c.NEmbd {
		t.Errorf("round trip: got %+v, want %+v", back, c)
	}
}

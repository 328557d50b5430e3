package nn_test

import (
	"math"
	"testing"

	"github.com/gograd/gograd/tensor"
	"github.com/gograd/gograd/tensor/nn"
)

// block is a minimal GPT block built from the public API, the way a
// notebook user would write one.
type block struct {
	ln1, ln2  *nn.LayerNorm
	qkv, proj *nn.Linear
	fc, out   *nn.Linear
	heads     int
}

func newBlock(c, heads int) *block {
	return &block{nn.NewLayerNorm(c), nn.NewLayerNorm(c), nn.NewLinear(c, 3*c, true), nn.NewLinear(c, c, true),
		nn.NewLinear(c, 4*c, true), nn.NewLinear(4*c, c, true), heads}
}

func (b *block) Forward(x *tensor.Tensor) *tensor.Tensor {
	s := x.Shape()
	B, T, C := s[0], s[1], s[2]
	hd := C / b.heads
	qkv := b.qkv.Forward(b.ln1.Forward(x)).Chunk(3, -1)
	split := func(t *tensor.Tensor) *tensor.Tensor { return t.Reshape(B, T, b.heads, hd).Transpose(1, 2) }
	y := tensor.ScaledDotProductAttention(split(qkv[0]), split(qkv[1]), split(qkv[2]), true)
	x = x.Add(b.proj.Forward(y.Transpose(1, 2).Reshape(B, T, C)))
	return x.Add(b.out.Forward(b.fc.Forward(b.ln2.Forward(x)).GELU()))
}

func (b *block) Parameters() []nn.Param {
	var ps []nn.Param
	for _, m := range []struct {
		name string
		m    nn.Module
	}{{"ln_1", b.ln1}, {"attn.c_attn", b.qkv}, {"attn.c_proj", b.proj}, {"ln_2", b.ln2}, {"mlp.c_fc", b.fc}, {"mlp.c_proj", b.out}} {
		ps = append(ps, nn.WithPrefix(m.name, m.m.Parameters())...)
	}
	return ps
}

// A two-block character model learns a periodic sequence: everything
// (embedding, attention, LayerNorm, GELU, cross-entropy, AdamW, clipping)
// has to work together for the loss to fall.
func TestTinyTransformerLearns(t *testing.T) {
	tensor.Seed(42)
	const V, T, C, B = 6, 12, 32, 4
	wte, wpe := nn.NewEmbedding(V, C), nn.NewEmbedding(T, C)
	blocks := []*block{newBlock(C, 4), newBlock(C, 4)}
	lnf := nn.NewLayerNorm(C)
	head := nn.NewLinear(C, V, false)
	var params []nn.Param
	params = append(params, nn.WithPrefix("wte", wte.Parameters())...)
	params = append(params, nn.WithPrefix("wpe", wpe.Parameters())...)
	for i, b := range blocks {
		params = append(params, nn.WithPrefix("h."+string(rune('0'+i)), b.Parameters())...)
	}
	params = append(params, nn.WithPrefix("ln_f", lnf.Parameters())...)
	params = append(params, nn.WithPrefix("lm_head", head.Parameters())...)
	opt := nn.NewAdamWGroups(3e-3, nn.DecayGroups(params, 0.1)...)

	// data: sequences of the pattern 0 1 2 3 4 5 0 1 ... at random offsets
	batch := func() (*tensor.Tensor, *tensor.Tensor) {
		var xs, ys []int
		for b := 0; b < B; b++ {
			off := tensor.RandInt(0, V, 1).Ints()[0]
			for i := 0; i < T; i++ {
				xs = append(xs, (off+i)%V)
				ys = append(ys, (off+i+1)%V)
			}
		}
		return tensor.FromInts(xs, B, T), tensor.FromInts(ys, B, T)
	}
	pos := tensor.Arange(0, T, 1)
	forward := func(x *tensor.Tensor) *tensor.Tensor {
		h := wte.Forward(x).Add(wpe.Forward(pos))
		for _, b := range blocks {
			h = b.Forward(h)
		}
		return head.Forward(lnf.Forward(h))
	}
	var first, last float32
	for step := 0; step < 120; step++ {
		x, y := batch()
		loss := tensor.CrossEntropy(forward(x), y)
		if step == 0 {
			first = loss.Item()
		}
		last = loss.Item()
		opt.ZeroGrad()
		loss.Backward()
		nn.ClipGradNorm(params, 1)
		opt.Step()
	}
	if math.Abs(float64(first)-math.Log(V)) > 0.7 {
		t.Errorf("initial loss %v far from log(V) = %v", first, math.Log(V))
	}
	if last > 0.2 {
		t.Fatalf("loss fell from %v only to %v", first, last)
	}
	if got := params[2].Name; got != "h.0.ln_1.weight" {
		t.Errorf("third parameter is %q", got)
	}
}

// BenchmarkTransformerStep is one training step (forward, backward,
// clipping, AdamW) of a 4-layer, 128-wide model on 8×64 tokens.
func BenchmarkTransformerStep(b *testing.B) {
	tensor.Seed(1)
	const V, T, C, B = 65, 64, 128, 8
	wte, wpe := nn.NewEmbedding(V, C), nn.NewEmbedding(T, C)
	blocks := []*block{newBlock(C, 4), newBlock(C, 4), newBlock(C, 4), newBlock(C, 4)}
	lnf := nn.NewLayerNorm(C)
	params := append(nn.WithPrefix("wte", wte.Parameters()), nn.WithPrefix("wpe", wpe.Parameters())...)
	for i, bl := range blocks {
		params = append(params, nn.WithPrefix("h."+string(rune('0'+i)), bl.Parameters())...)
	}
	params = append(params, nn.WithPrefix("ln_f", lnf.Parameters())...)
	opt := nn.NewAdamW(params, 1e-3)
	pos := tensor.Arange(0, T, 1)
	x, y := tensor.RandInt(0, V, B, T), tensor.RandInt(0, V, B, T)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		h := wte.Forward(x).Add(wpe.Forward(pos))
		for _, bl := range blocks {
			h = bl.Forward(h)
		}
		loss := tensor.CrossEntropy(lnf.Forward(h).MatMul(wte.Weight.T()), y)
		opt.ZeroGrad()
		loss.Backward()
		nn.ClipGradNorm(params, 1)
		opt.Step()
	}
	b.ReportMetric(float64(B*T)*float64(b.N)/b.Elapsed().Seconds(), "tok/s")
}

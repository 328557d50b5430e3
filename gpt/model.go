package gpt

import (
	"fmt"
	"html"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/gograd/gograd/tensor"
	"github.com/gograd/gograd/tensor/nn"
)

// Block is one transformer block's parameters, named as in Hugging Face's
// GPT2Block. Conv1D weights are [in, out]: y = x·W + b.
type Block struct {
	Ln1W, Ln1B       *tensor.Tensor // ln_1.weight, ln_1.bias (C)
	AttnW, AttnB     *tensor.Tensor // attn.c_attn.weight (C, 3C), .bias (3C)
	AttnProjW        *tensor.Tensor // attn.c_proj.weight (C, C)
	AttnProjB        *tensor.Tensor // attn.c_proj.bias (C)
	Ln2W, Ln2B       *tensor.Tensor // ln_2.weight, ln_2.bias (C)
	FcW, FcB         *tensor.Tensor // mlp.c_fc.weight (C, 4C), .bias (4C)
	FcProjW, FcProjB *tensor.Tensor // mlp.c_proj.weight (4C, C), .bias (C)
}

// Model is a GPT-2 language model with a hand-written forward and backward
// pass over the accel kernels (llm.c style: every activation buffer is
// allocated once per batch shape and reused).
//
// Parameters are tensor.Tensor values named in the Hugging Face layout
// (wte.weight, h.0.attn.c_attn.weight, …, ln_f.bias) that all share one
// contiguous buffer; their gradients, after Backward, are tensors sharing a
// second one, so nn optimizers, nn.ClipGradNorm and st.Save work on
// Parameters() directly. The output projection is tied to wte.
//
// The exported tensors are views of that storage: write into them (Data,
// CopyFrom) rather than replacing them, and do not change Config after
// construction. A Model is not safe for concurrent use: forward, backward
// and generation reuse its buffers.
type Model struct {
	Config Config
	WTE    *tensor.Tensor // wte.weight (V, C): token embedding and output projection
	WPE    *tensor.Tensor // wpe.weight (maxT, C): position embedding
	Blocks []Block        // h.{i}
	LnFW   *tensor.Tensor // ln_f.weight (C)
	LnFB   *tensor.Tensor // ln_f.bias (C)

	params    []nn.Param
	paramMem  []float32
	gradMem   []float32
	gradViews []*tensor.Tensor

	act   *activations
	grads *actGrads
	fwd   forwardState
}

type paramShape struct {
	name  string
	shape []int
}

func (p paramShape) size() int {
	n := 1
	for _, d := range p.shape {
		n *= d
	}
	return n
}

// paramShapes lists every parameter in the canonical order.
func paramShapes(c Config) []paramShape {
	C, V, T, F := c.NEmbd, c.VocabSize, c.NPositions, c.Inner()
	ps := []paramShape{{"wte.weight", []int{V, C}}, {"wpe.weight", []int{T, C}}}
	for i := 0; i < c.NLayer; i++ {
		p := fmt.Sprintf("h.%d.", i)
		ps = append(ps,
			paramShape{p + "ln_1.weight", []int{C}},
			paramShape{p + "ln_1.bias", []int{C}},
			paramShape{p + "attn.c_attn.weight", []int{C, 3 * C}},
			paramShape{p + "attn.c_attn.bias", []int{3 * C}},
			paramShape{p + "attn.c_proj.weight", []int{C, C}},
			paramShape{p + "attn.c_proj.bias", []int{C}},
			paramShape{p + "ln_2.weight", []int{C}},
			paramShape{p + "ln_2.bias", []int{C}},
			paramShape{p + "mlp.c_fc.weight", []int{C, F}},
			paramShape{p + "mlp.c_fc.bias", []int{F}},
			paramShape{p + "mlp.c_proj.weight", []int{F, C}},
			paramShape{p + "mlp.c_proj.bias", []int{C}},
		)
	}
	return append(ps, paramShape{"ln_f.weight", []int{C}}, paramShape{"ln_f.bias", []int{C}})
}

// newEmpty allocates a model with all parameters zero.
func newEmpty(c Config) (*Model, error) {
	if err := c.Validate(); err != nil {
		return nil, fmt.Errorf("gpt: invalid config: %w", err)
	}
	shapes := paramShapes(c)
	total := 0
	for _, s := range shapes {
		total += s.size()
	}
	m := &Model{Config: c, paramMem: make([]float32, total), Blocks: make([]Block, c.NLayer)}
	off := 0
	ts := make([]*tensor.Tensor, len(shapes))
	for i, s := range shapes {
		n := s.size()
		ts[i] = tensor.Wrap(m.paramMem[off:off+n:off+n], s.shape...)
		m.params = append(m.params, nn.Param{Name: s.name, Tensor: ts[i]})
		off += n
	}
	m.WTE, m.WPE = ts[0], ts[1]
	for l := range m.Blocks {
		b := ts[2+12*l : 2+12*(l+1)]
		m.Blocks[l] = Block{b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11]}
	}
	m.LnFW, m.LnFB = ts[len(ts)-2], ts[len(ts)-1]
	return m, nil
}

// New returns a randomly initialised model, as GPT-2 (and nanoGPT)
// initialise: weights and embeddings N(0, 0.02²), the residual projections
// (attn.c_proj, mlp.c_proj) N(0, (0.02/√(2·n_layer))²), biases 0, LayerNorm
// gains 1. The same seed gives the same weights.
func New(c Config, seed uint64) (*Model, error) {
	m, err := newEmpty(c)
	if err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	normal := func(t *tensor.Tensor, std float64) {
		d := t.Data()
		for i := range d {
			d[i] = float32(rng.NormFloat64() * std)
		}
	}
	fill := func(t *tensor.Tensor, v float32) {
		d := t.Data()
		for i := range d {
			d[i] = v
		}
	}
	normal(m.WTE, 0.02)
	normal(m.WPE, 0.02)
	proj := 0.02 / math.Sqrt(2*float64(c.NLayer))
	for _, b := range m.Blocks {
		fill(b.Ln1W, 1)
		fill(b.Ln2W, 1)
		normal(b.AttnW, 0.02)
		normal(b.FcW, 0.02)
		normal(b.AttnProjW, proj)
		normal(b.FcProjW, proj)
	}
	fill(m.LnFW, 1)
	return m, nil
}

// Parameters returns every parameter with its Hugging Face name, in a fixed
// order (wte, wpe, h.0 … h.{L-1}, ln_f). The tensors share the model's
// storage: an optimizer stepping them updates the model.
func (m *Model) Parameters() []nn.Param {
	return append([]nn.Param(nil), m.params...)
}

// StateDict maps each parameter name to its tensor (sharing storage), the
// layout st.Save writes and Hugging Face reads.
func (m *Model) StateDict() map[string]*tensor.Tensor {
	sd := make(map[string]*tensor.Tensor, len(m.params))
	for _, p := range m.params {
		sd[p.Name] = p.Tensor
	}
	return sd
}

// LoadStateDict copies sd into the parameters; see nn.LoadParams for the
// rules (every name present with its shape, no others).
func (m *Model) LoadStateDict(sd map[string]*tensor.Tensor) error {
	return nn.LoadParams(m.params, sd)
}

// NumParams returns the number of parameters (tied wte counted once).
func (m *Model) NumParams() int { return len(m.paramMem) }

// Param returns the parameter named name (Hugging Face layout), or nil.
func (m *Model) Param(name string) *tensor.Tensor {
	for _, p := range m.params {
		if p.Name == name {
			return p.Tensor
		}
	}
	return nil
}

// Clone returns a deep copy of the model's parameters (no gradients or
// buffers), e.g. to keep the weights before training.
func (m *Model) Clone() *Model {
	c, _ := newEmpty(m.Config)
	copy(c.paramMem, m.paramMem)
	return c
}

// ensureGrads allocates the gradient buffer and attaches a gradient view to
// every parameter (so optimizers see them after Backward).
func (m *Model) ensureGrads() {
	if m.gradMem == nil {
		m.gradMem = make([]float32, len(m.paramMem))
		off := 0
		for _, p := range m.params {
			n := p.Tensor.Numel()
			m.gradViews = append(m.gradViews, tensor.Wrap(m.gradMem[off:off+n:off+n], p.Tensor.Shape()...))
			off += n
		}
	}
}

// attachGrads makes every parameter's Grad the model's gradient view (an
// optimizer's ZeroGrad may have cleared them).
func (m *Model) attachGrads() {
	for i, p := range m.params {
		if p.Tensor.Grad() != m.gradViews[i] {
			p.Tensor.SetGrad(m.gradViews[i])
		}
	}
}

// ZeroGrad sets every parameter gradient to zero. Backward accumulates, so
// call it between optimizer steps (or after an optimizer's own ZeroGrad,
// which only detaches the gradient tensors).
func (m *Model) ZeroGrad() {
	if m.gradMem != nil {
		clear(m.gradMem)
	}
}

// Grads returns the gradient of every parameter by name (views of the
// model's gradient buffer), or nil before the first Backward.
func (m *Model) Grads() map[string]*tensor.Tensor {
	if m.gradMem == nil {
		return nil
	}
	g := make(map[string]*tensor.Tensor, len(m.params))
	for i, p := range m.params {
		g[p.Name] = m.gradViews[i]
	}
	return g
}

// String describes the model in one line, e.g.
// "GPT-2: 12 layers, 12 heads, 768 wide, vocab 50257, context 1024, 124.4M parameters".
func (m *Model) String() string {
	c := m.Config
	n := float64(m.NumParams())
	size := fmt.Sprintf("%d", m.NumParams())
	switch {
	case n >= 1e9:
		size = fmt.Sprintf("%.2fB", n/1e9)
	case n >= 1e6:
		size = fmt.Sprintf("%.1fM", n/1e6)
	case n >= 1e4:
		size = fmt.Sprintf("%.1fK", n/1e3)
	}
	return fmt.Sprintf("GPT-2: %d layers, %d heads, %d wide, vocab %d, context %d, %s parameters",
		c.NLayer, c.NHead, c.NEmbd, c.VocabSize, c.NPositions, size)
}

// Summary is a table of every parameter (name, shape, elements) followed by
// the total, for a notebook or the REPL.
func (m *Model) Summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", m)
	width := 0
	for _, p := range m.params {
		width = max(width, len(p.Name))
	}
	for _, p := range m.params {
		fmt.Fprintf(&b, "  %-*s  %-12s %12d\n", width, p.Name, fmt.Sprint(p.Tensor.Shape()), p.Tensor.Numel())
	}
	fmt.Fprintf(&b, "  %-*s  %-12s %12d\n", width, "total", "", m.NumParams())
	return b.String()
}

// DisplayHTML renders the model as an HTML table of its parameters, for
// notebooks (which show any value with this method as HTML).
func (m *Model) DisplayHTML() string {
	var b strings.Builder
	fmt.Fprintf(&b, "<details><summary>%s</summary><table><tr><th>parameter</th><th>shape</th><th>elements</th></tr>", html.EscapeString(m.String()))
	for _, p := range m.params {
		fmt.Fprintf(&b, "<tr><td><code>%s</code></td><td>%v</td><td style=\"text-align:right\">%d</td></tr>", html.EscapeString(p.Name), p.Tensor.Shape(), p.Tensor.Numel())
	}
	fmt.Fprintf(&b, "<tr><th>total</th><td></td><th style=\"text-align:right\">%d</th></tr></table></details>", m.NumParams())
	return b.String()
}

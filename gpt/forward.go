package gpt

import (
	"errors"
	"fmt"
	"math"

	"github.com/gograd/gograd/accel"
	"github.com/gograd/gograd/tensor"
)

// weights are the parameter (or gradient) slices of one flat buffer, in
// the order of paramShapes.
type weights struct {
	wte, wpe   []float32
	layers     []layerWeights
	lnfw, lnfb []float32
}

type layerWeights struct {
	ln1w, ln1b, attnw, attnb, projw, projb, ln2w, ln2b, fcw, fcb, fcprojw, fcprojb []float32
}

func viewWeights(c Config, mem []float32) weights {
	shapes := paramShapes(c)
	s := make([][]float32, len(shapes))
	off := 0
	for i, p := range shapes {
		n := p.size()
		s[i] = mem[off : off+n : off+n]
		off += n
	}
	w := weights{wte: s[0], wpe: s[1], lnfw: s[len(s)-2], lnfb: s[len(s)-1]}
	for l := 0; l < c.NLayer; l++ {
		b := s[2+12*l:]
		w.layers = append(w.layers, layerWeights{b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11]})
	}
	return w
}

// layerActs are one block's saved activations for N = B·T rows.
type layerActs struct {
	ln1, ln1Mean, ln1Rstd []float32 // (N,C), (N), (N)
	qkv                   []float32 // (N,3C)
	q, k, v, atty         []float32 // (B,NH,T,hs)
	lse                   []float32 // (B,NH,T)
	attn                  []float32 // (N,C): heads merged
	res2                  []float32 // (N,C): x + attention branch
	ln2, ln2Mean, ln2Rstd []float32 // (N,C), (N), (N)
	fch, fchGelu          []float32 // (N,F)
	res3                  []float32 // (N,C): block output
}

// activations are everything the forward pass saves for the backward pass,
// allocated for up to cap rows and resliced per call.
type activations struct {
	cap                   int
	encoded               []float32 // (N,C)
	layers                []layerActs
	lnf, lnfMean, lnfRstd []float32 // (N,C), (N), (N)
	logits                []float32 // (N,V)
	losses                []float32 // (N)
	ids, targets          []int32   // (N)
}

func newActivations(c Config, N int) *activations {
	C, F, V, L := c.NEmbd, c.Inner(), c.VocabSize, c.NLayer
	take := func(n int) []float32 { return make([]float32, n*N) }
	a := &activations{cap: N, encoded: take(C)}
	for l := 0; l < L; l++ {
		a.layers = append(a.layers, layerActs{
			ln1: take(C), ln1Mean: take(1), ln1Rstd: take(1), qkv: take(3 * C),
			q: take(C), k: take(C), v: take(C), atty: take(C), lse: take(c.NHead),
			attn: take(C), res2: take(C), ln2: take(C), ln2Mean: take(1), ln2Rstd: take(1),
			fch: take(F), fchGelu: take(F), res3: take(C),
		})
	}
	a.lnf, a.lnfMean, a.lnfRstd = take(C), take(1), take(1)
	a.logits, a.losses = take(V), take(1)
	a.ids, a.targets = make([]int32, N), make([]int32, N)
	return a
}

// actGrads are the scratch gradients of the backward pass.
type actGrads struct {
	cap               int
	dres, dln, dattn  []float32 // (N,C)
	datty, dq, dk, dv []float32 // (B,NH,T,hs)
	dqkv              []float32 // (N,3C)
	dfch, dfchGelu    []float32 // (N,F)
	dlogits           []float32 // (N,V)
}

func newActGrads(c Config, N int) *actGrads {
	C, F, V := c.NEmbd, c.Inner(), c.VocabSize
	return &actGrads{cap: N,
		dres: make([]float32, N*C), dln: make([]float32, N*C), dattn: make([]float32, N*C),
		datty: make([]float32, N*C), dq: make([]float32, N*C), dk: make([]float32, N*C), dv: make([]float32, N*C),
		dqkv: make([]float32, N*3*C), dfch: make([]float32, N*F), dfchGelu: make([]float32, N*F),
		dlogits: make([]float32, N*V)}
}

// forwardState records what the saved activations belong to.
type forwardState struct {
	B, T       int
	valid      bool // activations hold a forward pass of these B, T
	hasTargets bool // and the losses of targets
	loss       float32
}

// checkInput validates ids (B·T, row-major (B, T)) against the model and
// copies them into dst as int32.
func (m *Model) checkInput(what string, ids []int, B, T int, dst []int32) error {
	c := m.Config
	switch {
	case B <= 0 || T <= 0:
		return fmt.Errorf("gpt: %s: batch %d × sequence %d, both must be positive", what, B, T)
	case T > c.NPositions:
		return fmt.Errorf("gpt: %s: sequence length %d is longer than the model's context n_positions = %d", what, T, c.NPositions)
	case len(ids) != B*T:
		return fmt.Errorf("gpt: %s: %d token ids for batch %d × sequence %d (want %d)", what, len(ids), B, T, B*T)
	}
	for i, id := range ids {
		if id < 0 || id >= c.VocabSize {
			return fmt.Errorf("gpt: %s: token id %d at position %d (batch %d, t %d) is outside the vocabulary [0, %d)", what, id, i, i/T, i%T, c.VocabSize)
		}
		if dst != nil {
			dst[i] = int32(id)
		}
	}
	return nil
}

func (m *Model) ensureActs(N int) *activations {
	if m.act == nil || m.act.cap < N {
		m.act = newActivations(m.Config, N)
	}
	return m.act
}

// forward runs the whole network on the ids already in m.act.ids and fills
// the activations and logits (N,V).
func (m *Model) forward(B, T int) {
	c := m.Config
	C, F, V, NH := c.NEmbd, c.Inner(), c.VocabSize, c.NHead
	hs := C / NH
	N := B * T
	eps := c.Eps()
	a := m.act
	w := viewWeights(c, m.paramMem)
	x := a.encoded[:N*C]
	encoderForward(x, w.wte, w.wpe, a.ids[:N], B, T, C)
	for l := 0; l < c.NLayer; l++ {
		la, lw := &a.layers[l], &w.layers[l]
		layerNormForward(la.ln1[:N*C], la.ln1Mean[:N], la.ln1Rstd[:N], x, lw.ln1w, lw.ln1b, N, C, eps)
		matmulForward(la.qkv[:N*3*C], la.ln1[:N*C], lw.attnw, lw.attnb, N, C, 3*C)
		splitHeads(la.q, la.k, la.v, la.qkv, B, T, NH, hs)
		attentionForward(la.atty[:N*C], la.lse[:N*NH], la.q[:N*C], la.k[:N*C], la.v[:N*C], B, NH, T, hs)
		mergeHeads(la.attn, la.atty, B, T, NH, hs, false)
		residualMatmul(la.res2[:N*C], x, la.attn[:N*C], lw.projw, lw.projb, N, C, C)
		layerNormForward(la.ln2[:N*C], la.ln2Mean[:N], la.ln2Rstd[:N], la.res2[:N*C], lw.ln2w, lw.ln2b, N, C, eps)
		matmulForward(la.fch[:N*F], la.ln2[:N*C], lw.fcw, lw.fcb, N, C, F)
		m.geluForward(la.fchGelu[:N*F], la.fch[:N*F])
		residualMatmul(la.res3[:N*C], la.res2[:N*C], la.fchGelu[:N*F], lw.fcprojw, lw.fcprojb, N, F, C)
		x = la.res3[:N*C]
	}
	layerNormForward(a.lnf[:N*C], a.lnfMean[:N], a.lnfRstd[:N], x, w.lnfw, w.lnfb, N, C, eps)
	// logits (N,V) = lnf (N,C) · wteᵀ (tied output projection)
	accel.Sgemm(false, true, N, V, C, 1, a.lnf, C, w.wte, C, 0, a.logits, V)
	m.fwd = forwardState{B: B, T: T, valid: true}
}

// residualMatmul: out (N,OC) = res (N,OC) + inp (N,IC) · w (IC,OC) + bias.
func residualMatmul(out, res, inp, w, bias []float32, N, IC, OC int) {
	for n := 0; n < N; n++ {
		accel.Add(out[n*OC:(n+1)*OC], res[n*OC:(n+1)*OC], bias)
	}
	accel.Sgemm(false, false, N, OC, IC, 1, inp, IC, w, OC, 1, out, OC)
}

// Forward runs the model on ids, B sequences of T tokens laid out row-major
// (ids[b·T+t]), and returns the logits as a new (B, T, vocab_size) tensor.
func (m *Model) Forward(ids []int, B, T int) (*tensor.Tensor, error) {
	N := B * T
	if err := m.checkInput("Forward", ids, B, T, nil); err != nil {
		return nil, err
	}
	a := m.ensureActs(N)
	_ = m.checkInput("Forward", ids, B, T, a.ids)
	m.forward(B, T)
	V := m.Config.VocabSize
	return tensor.FromSlice(a.logits[:N*V], B, T, V), nil
}

// ForwardTensor is Forward for a (B, T) or (T) tensor of token ids.
func (m *Model) ForwardTensor(ids *tensor.Tensor) (*tensor.Tensor, error) {
	B, T, err := idsShape(ids)
	if err != nil {
		return nil, err
	}
	v, err := wholeInts("ForwardTensor", ids)
	if err != nil {
		return nil, err
	}
	return m.Forward(v, B, T)
}

// wholeInts returns the values of a token-id tensor, which must be whole
// numbers.
func wholeInts(what string, t *tensor.Tensor) ([]int, error) {
	d := t.Data()
	out := make([]int, len(d))
	for i, v := range d {
		if v != float32(math.Trunc(float64(v))) || math.IsInf(float64(v), 0) {
			return nil, fmt.Errorf("gpt: %s: element %d is %v, token ids must be whole numbers", what, i, v)
		}
		out[i] = int(v)
	}
	return out, nil
}

func idsShape(ids *tensor.Tensor) (int, int, error) {
	if ids == nil {
		return 0, 0, errors.New("gpt: nil token-id tensor")
	}
	switch s := ids.Shape(); len(s) {
	case 1:
		return 1, s[0], nil
	case 2:
		return s[0], s[1], nil
	default:
		return 0, 0, fmt.Errorf("gpt: token ids have shape %v, want (B, T) or (T)", s)
	}
}

// Loss runs the forward pass on ids and returns the mean cross-entropy of
// the next-token predictions against targets (same layout as ids;
// targets[b·T+t] is the token that should follow ids[b·T+t], already
// shifted). The activations are kept for Backward.
func (m *Model) Loss(ids, targets []int, B, T int) (float32, error) {
	N := B * T
	if err := m.checkInput("Loss", ids, B, T, nil); err != nil {
		return 0, err
	}
	if len(targets) != N {
		return 0, fmt.Errorf("gpt: Loss: %d targets for %d token ids", len(targets), N)
	}
	for i, t := range targets {
		if t < 0 || t >= m.Config.VocabSize {
			return 0, fmt.Errorf("gpt: Loss: target %d at position %d is outside the vocabulary [0, %d)", t, i, m.Config.VocabSize)
		}
	}
	a := m.ensureActs(N)
	_ = m.checkInput("Loss", ids, B, T, a.ids)
	for i, t := range targets {
		a.targets[i] = int32(t)
	}
	m.forward(B, T)
	V := m.Config.VocabSize
	if err := accel.CrossEntropySoftmax(a.losses[:N], nil, a.logits[:N*V], a.targets[:N], N, V, 0); err != nil {
		return 0, fmt.Errorf("gpt: Loss: %w", err)
	}
	var s float64
	for _, l := range a.losses[:N] {
		s += float64(l)
	}
	m.fwd.hasTargets = true
	m.fwd.loss = float32(s / float64(N))
	return m.fwd.loss, nil
}

// Logits returns the logits of the last Forward or Loss as a (B, T, V)
// tensor sharing the model's buffer (valid until the next call), or nil.
func (m *Model) Logits() *tensor.Tensor {
	if !m.fwd.valid {
		return nil
	}
	B, T, V := m.fwd.B, m.fwd.T, m.Config.VocabSize
	return tensor.Wrap(m.act.logits[:B*T*V], B, T, V)
}

// Backward computes the gradient of the last Loss with respect to every
// parameter and adds it to the parameters' gradients (Grad()), like
// PyTorch's loss.backward(): gradients accumulate until ZeroGrad, and a
// parameter whose gradient an optimizer's ZeroGrad cleared starts from zero.
func (m *Model) Backward() error {
	if !m.fwd.valid || !m.fwd.hasTargets {
		return errors.New("gpt: Backward: call Loss first (the last forward pass had no targets)")
	}
	g := m.prepareBackward()
	N, V := m.fwd.B*m.fwd.T, m.Config.VocabSize
	a := m.act
	// loss = mean over N rows: dlogits = (softmax − onehot)/N.
	dlogits := g.dlogits[:N*V]
	if err := accel.CrossEntropySoftmax(a.losses[:N], dlogits, a.logits[:N*V], a.targets[:N], N, V, 1/float32(N)); err != nil {
		return fmt.Errorf("gpt: Backward: %w", err)
	}
	m.backward(dlogits)
	return nil
}

// BackwardLogits backpropagates a gradient of some loss with respect to
// the logits of the last Forward (or Loss): dlogits has their shape
// (B, T, vocab_size). Parameter gradients accumulate as in Backward. Use
// it for losses other than next-token cross-entropy, computed on Logits()
// with package tensor's autograd, for instance.
func (m *Model) BackwardLogits(dlogits *tensor.Tensor) error {
	if !m.fwd.valid {
		return errors.New("gpt: BackwardLogits: call Forward or Loss first")
	}
	B, T, V := m.fwd.B, m.fwd.T, m.Config.VocabSize
	if dlogits == nil || dlogits.Numel() != B*T*V || dlogits.Dim() != 3 || dlogits.Size(0) != B || dlogits.Size(1) != T {
		var s []int
		if dlogits != nil {
			s = dlogits.Shape()
		}
		return fmt.Errorf("gpt: BackwardLogits: gradient has shape %v, want the logits' [%d %d %d]", s, B, T, V)
	}
	g := m.prepareBackward()
	copy(g.dlogits[:B*T*V], dlogits.Data())
	m.backward(g.dlogits[:B*T*V])
	return nil
}

// prepareBackward attaches the gradient views (restarting from zero those an
// optimizer detached) and sizes the scratch gradients.
func (m *Model) prepareBackward() *actGrads {
	m.ensureGrads()
	for i, p := range m.params {
		if p.Tensor.Grad() != m.gradViews[i] {
			clear(m.gradViews[i].Data())
			p.Tensor.SetGrad(m.gradViews[i])
		}
	}
	if N := m.fwd.B * m.fwd.T; m.grads == nil || m.grads.cap < N {
		m.grads = newActGrads(m.Config, N)
	}
	return m.grads
}

// backward runs the backward pass of the last forward from dlogits (N,V),
// accumulating into the parameter gradients.
func (m *Model) backward(dlogits []float32) {
	c := m.Config
	B, T := m.fwd.B, m.fwd.T
	C, F, V, NH := c.NEmbd, c.Inner(), c.VocabSize, c.NHead
	hs := C / NH
	N := B * T
	a, g := m.act, m.grads
	w := viewWeights(c, m.paramMem)
	dw := viewWeights(c, m.gradMem)
	dres, dln := g.dres[:N*C], g.dln[:N*C]
	// logits = lnf·wteᵀ: dlnf (N,C) = dlogits·wte; dwte (V,C) += dlogitsᵀ·lnf
	accel.Sgemm(false, false, N, C, V, 1, dlogits, V, w.wte, C, 0, dln, C)
	accel.Sgemm(true, false, V, C, N, 1, dlogits, V, a.lnf, C, 1, dw.wte, C)
	clear(dres)
	last := a.encoded[:N*C]
	if c.NLayer > 0 {
		last = a.layers[c.NLayer-1].res3[:N*C]
	}
	layerNormBackward(dres, dw.lnfw, dw.lnfb, dln, last, w.lnfw, a.lnfMean[:N], a.lnfRstd[:N], N, C)

	for l := c.NLayer - 1; l >= 0; l-- {
		la, lw, lg := &a.layers[l], &w.layers[l], &dw.layers[l]
		x := a.encoded[:N*C]
		if l > 0 {
			x = a.layers[l-1].res3[:N*C]
		}
		// MLP branch: res3 = res2 + fchGelu·fcprojw + b
		matmulBackward(g.dfchGelu[:N*F], lg.fcprojw, lg.fcprojb, dres, la.fchGelu[:N*F], lw.fcprojw, N, F, C, false)
		clear(g.dfch[:N*F])
		m.geluBackward(g.dfch[:N*F], la.fch[:N*F], g.dfchGelu[:N*F])
		matmulBackward(dln, lg.fcw, lg.fcb, g.dfch[:N*F], la.ln2[:N*C], lw.fcw, N, C, F, false)
		layerNormBackward(dres, lg.ln2w, lg.ln2b, dln, la.res2[:N*C], lw.ln2w, la.ln2Mean[:N], la.ln2Rstd[:N], N, C)
		// attention branch: res2 = x + attn·projw + b
		matmulBackward(g.dattn[:N*C], lg.projw, lg.projb, dres, la.attn[:N*C], lw.projw, N, C, C, false)
		mergeHeads(g.dattn, g.datty, B, T, NH, hs, true)
		dq, dk, dv := g.dq[:N*C], g.dk[:N*C], g.dv[:N*C]
		clear(dq)
		clear(dk)
		clear(dv)
		attentionBackward(dq, dk, dv, g.datty[:N*C], la.q[:N*C], la.k[:N*C], la.v[:N*C], la.atty[:N*C], la.lse[:N*NH], B, NH, T, hs)
		mergeHeadsBackward(g.dqkv, dq, dk, dv, B, T, NH, hs)
		matmulBackward(dln, lg.attnw, lg.attnb, g.dqkv[:N*3*C], la.ln1[:N*C], lw.attnw, N, C, 3*C, false)
		layerNormBackward(dres, lg.ln1w, lg.ln1b, dln, x, lw.ln1w, la.ln1Mean[:N], la.ln1Rstd[:N], N, C)
	}
	encoderBackward(dw.wte, dw.wpe, dres, a.ids[:N], B, T, C)
}

// LastLoss returns the loss of the last Loss call (NaN when none).
func (m *Model) LastLoss() float32 {
	if !m.fwd.hasTargets {
		return float32(math.NaN())
	}
	return m.fwd.loss
}

// LossTensor is Loss for (B, T) or (T) tensors of token ids and targets.
func (m *Model) LossTensor(ids, targets *tensor.Tensor) (float32, error) {
	B, T, err := idsShape(ids)
	if err != nil {
		return 0, err
	}
	if targets == nil || !equalShape(targets.Shape(), ids.Shape()) {
		var s []int
		if targets != nil {
			s = targets.Shape()
		}
		return 0, fmt.Errorf("gpt: LossTensor: targets have shape %v, want the ids' %v", s, ids.Shape())
	}
	v, err := wholeInts("LossTensor", ids)
	if err != nil {
		return 0, err
	}
	tg, err := wholeInts("LossTensor", targets)
	if err != nil {
		return 0, err
	}
	return m.Loss(v, tg, B, T)
}

// geluForward and geluBackward pick the configured GELU.
func (m *Model) geluForward(out, inp []float32) {
	if m.Config.ActivationFunction == "gelu" {
		geluExactForward(out, inp)
		return
	}
	geluForward(out, inp)
}

func (m *Model) geluBackward(dinp, inp, dout []float32) {
	if m.Config.ActivationFunction == "gelu" {
		geluExactBackward(dinp, inp, dout)
		return
	}
	geluBackward(dinp, inp, dout)
}

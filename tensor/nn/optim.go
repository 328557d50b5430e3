package nn

import (
	"fmt"
	"math"

	"github.com/gograd/gograd/accel"
	"github.com/gograd/gograd/tensor"
)

// Optimizer updates parameters from their gradients.
type Optimizer interface {
	// Step applies one update to every parameter that has a gradient.
	Step()
	// ZeroGrad clears the gradients of all parameters.
	ZeroGrad()
	// LR returns the current learning rate.
	LR() float32
	// SetLR changes the learning rate (for schedules).
	SetLR(lr float32)
	// StateDict returns the optimizer state (moments, step) by name.
	StateDict() map[string]*tensor.Tensor
	// LoadStateDict restores a state returned by StateDict.
	LoadStateDict(sd map[string]*tensor.Tensor) error
}

// ParamGroup is a set of parameters sharing a weight decay.
type ParamGroup struct {
	Params      []Param
	WeightDecay float32
}

// DecayGroups splits ps the way GPT training does: tensors with two or more
// axes (matrices, embeddings) get weightDecay, the rest (biases, norm
// scales) none.
func DecayGroups(ps []Param, weightDecay float32) []ParamGroup {
	var decay, none []Param
	for _, p := range ps {
		if p.Tensor.Dim() >= 2 {
			decay = append(decay, p)
		} else {
			none = append(none, p)
		}
	}
	return []ParamGroup{{Params: decay, WeightDecay: weightDecay}, {Params: none, WeightDecay: 0}}
}

func allParams(groups []ParamGroup) []Param {
	var ps []Param
	for _, g := range groups {
		ps = append(ps, g.Params...)
	}
	return ps
}

func checkNames(op string, groups []ParamGroup) {
	seen := map[string]bool{}
	for _, p := range allParams(groups) {
		if seen[p.Name] {
			panic(fmt.Sprintf("nn: %s: parameter name %q appears twice", op, p.Name))
		}
		seen[p.Name] = true
	}
}

// AdamW is Adam with decoupled weight decay (Loshchilov & Hutter), with
// PyTorch's defaults (betas 0.9/0.999, eps 1e-8, weight decay 0.01) and
// bias correction.
type AdamW struct {
	Groups       []ParamGroup
	Beta1, Beta2 float32
	Eps          float32
	lr           float32
	step         int
	m, v         map[string][]float32
}

// NewAdamW returns AdamW over ps with learning rate lr and weight decay
// 0.01 for every parameter.
func NewAdamW(ps []Param, lr float32) *AdamW {
	return NewAdamWGroups(lr, ParamGroup{Params: ps, WeightDecay: 0.01})
}

// NewAdamWGroups returns AdamW with a weight decay per parameter group.
func NewAdamWGroups(lr float32, groups ...ParamGroup) *AdamW {
	checkNames("NewAdamW", groups)
	return &AdamW{Groups: groups, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8, lr: lr, m: map[string][]float32{}, v: map[string][]float32{}}
}

// LR returns the learning rate.
func (o *AdamW) LR() float32 { return o.lr }

// SetLR sets the learning rate.
func (o *AdamW) SetLR(lr float32) { o.lr = lr }

// StepCount returns the number of steps taken.
func (o *AdamW) StepCount() int { return o.step }

// ZeroGrad clears all gradients.
func (o *AdamW) ZeroGrad() {
	for _, p := range allParams(o.Groups) {
		p.Tensor.ZeroGrad()
	}
}

// Step applies one AdamW update (the fused SIMD kernel accel.AdamW).
func (o *AdamW) Step() {
	o.step++
	for _, g := range o.Groups {
		hp := accel.AdamWParams{LR: o.lr, Beta1: o.Beta1, Beta2: o.Beta2, Eps: o.Eps, WeightDecay: g.WeightDecay, Step: o.step}
		for _, p := range g.Params {
			gr := p.Tensor.Grad()
			if gr == nil {
				continue
			}
			w := p.Tensor.Data()
			m, ok := o.m[p.Name]
			if !ok {
				m = make([]float32, len(w))
				o.m[p.Name] = m
				o.v[p.Name] = make([]float32, len(w))
			}
			accel.AdamW(w, gr.Data(), m, o.v[p.Name], hp)
			writeBack(p.Tensor, w)
		}
	}
}

// StateDict returns "exp_avg.<name>", "exp_avg_sq.<name>" per parameter
// with state, and "step" (a scalar).
func (o *AdamW) StateDict() map[string]*tensor.Tensor {
	sd := map[string]*tensor.Tensor{"step": tensor.Scalar(float32(o.step))}
	for _, p := range allParams(o.Groups) {
		if m, ok := o.m[p.Name]; ok {
			sd["exp_avg."+p.Name] = tensor.FromSlice(m, p.Tensor.Shape()...)
			sd["exp_avg_sq."+p.Name] = tensor.FromSlice(o.v[p.Name], p.Tensor.Shape()...)
		}
	}
	return sd
}

// LoadStateDict restores a state from StateDict. Parameters absent from sd
// start fresh; entries for unknown parameters or with the wrong shape are
// errors, and nothing changes on error.
func (o *AdamW) LoadStateDict(sd map[string]*tensor.Tensor) error {
	step, err := loadStep("AdamW", sd)
	if err != nil {
		return err
	}
	m, err := loadMoments("AdamW", o.Groups, sd, "exp_avg.", "exp_avg_sq.")
	if err != nil {
		return err
	}
	o.step = step
	o.m = m["exp_avg."]
	o.v = m["exp_avg_sq."]
	return nil
}

func loadStep(op string, sd map[string]*tensor.Tensor) (int, error) {
	st, ok := sd["step"]
	if !ok {
		return 0, fmt.Errorf("nn: %s.LoadStateDict: missing entry \"step\"", op)
	}
	if st.Numel() != 1 {
		return 0, fmt.Errorf("nn: %s.LoadStateDict: entry \"step\" has shape %v, want a scalar", op, st.Shape())
	}
	s := st.Item()
	if s < 0 || s != float32(int(s)) {
		return 0, fmt.Errorf("nn: %s.LoadStateDict: entry \"step\" is %v, want a non-negative integer", op, s)
	}
	return int(s), nil
}

// loadMoments reads per-parameter buffers under each prefix. A parameter
// needs all prefixes or none.
func loadMoments(op string, groups []ParamGroup, sd map[string]*tensor.Tensor, prefixes ...string) (map[string]map[string][]float32, error) {
	out := map[string]map[string][]float32{}
	for _, pre := range prefixes {
		out[pre] = map[string][]float32{}
	}
	known := map[string]bool{"step": true}
	for _, p := range allParams(groups) {
		have := 0
		for _, pre := range prefixes {
			known[pre+p.Name] = true
			t, ok := sd[pre+p.Name]
			if !ok {
				continue
			}
			have++
			if !sameShape(t.Shape(), p.Tensor.Shape()) {
				return nil, fmt.Errorf("nn: %s.LoadStateDict: entry %q has shape %v, parameter %q has %v", op, pre+p.Name, t.Shape(), p.Name, p.Tensor.Shape())
			}
			out[pre][p.Name] = append([]float32(nil), t.Data()...)
		}
		if have != 0 && have != len(prefixes) {
			for _, pre := range prefixes {
				if _, ok := sd[pre+p.Name]; !ok {
					return nil, fmt.Errorf("nn: %s.LoadStateDict: missing entry %q", op, pre+p.Name)
				}
			}
		}
	}
	for name := range sd {
		if !known[name] {
			return nil, fmt.Errorf("nn: %s.LoadStateDict: entry %q matches no parameter", op, name)
		}
	}
	return out, nil
}

// SGD is stochastic gradient descent with optional momentum and L2 weight
// decay (added to the gradient, as in PyTorch).
type SGD struct {
	Groups   []ParamGroup
	Momentum float32
	Nesterov bool
	lr       float32
	step     int
	buf      map[string][]float32
}

// NewSGD returns SGD over ps with learning rate lr and momentum (0 for
// plain SGD).
func NewSGD(ps []Param, lr, momentum float32) *SGD {
	return NewSGDGroups(lr, momentum, ParamGroup{Params: ps})
}

// NewSGDGroups returns SGD with a weight decay per parameter group.
func NewSGDGroups(lr, momentum float32, groups ...ParamGroup) *SGD {
	checkNames("NewSGD", groups)
	return &SGD{Groups: groups, Momentum: momentum, lr: lr, buf: map[string][]float32{}}
}

// LR returns the learning rate.
func (o *SGD) LR() float32 { return o.lr }

// SetLR sets the learning rate.
func (o *SGD) SetLR(lr float32) { o.lr = lr }

// ZeroGrad clears all gradients.
func (o *SGD) ZeroGrad() {
	for _, p := range allParams(o.Groups) {
		p.Tensor.ZeroGrad()
	}
}

// Step applies one SGD update.
func (o *SGD) Step() {
	o.step++
	lr, mom := o.lr, o.Momentum
	for _, g := range o.Groups {
		wd := g.WeightDecay
		for _, p := range g.Params {
			gr := p.Tensor.Grad()
			if gr == nil {
				continue
			}
			w := p.Tensor.Data()
			gd := gr.Data()
			o.update(p.Name, w, gd, lr, mom, wd)
			writeBack(p.Tensor, w)
		}
	}
}

// writeBack stores updated values into a parameter that is a
// non-contiguous view (whose Data was a copy).
func writeBack(t *tensor.Tensor, w []float32) {
	if !t.IsContiguous() {
		t.CopyFrom(tensor.Wrap(w, t.Shape()...))
	}
}

func (o *SGD) update(name string, w, gd []float32, lr, mom, wd float32) {
	if mom == 0 {
		for i := range w {
			w[i] -= lr * (gd[i] + wd*w[i])
		}
		return
	}
	b, ok := o.buf[name]
	if !ok {
		// PyTorch starts the buffer at the first gradient
		b = make([]float32, len(w))
		for i := range b {
			b[i] = gd[i] + wd*w[i]
		}
		o.buf[name] = b
		for i := range w {
			w[i] -= lr * b[i]
		}
		return
	}
	for i := range w {
		gi := gd[i] + wd*w[i]
		b[i] = mom*b[i] + gi
		if o.Nesterov {
			gi += mom * b[i]
		} else {
			gi = b[i]
		}
		w[i] -= lr * gi
	}
}

// StateDict returns "momentum_buffer.<name>" per parameter with state,
// and "step".
func (o *SGD) StateDict() map[string]*tensor.Tensor {
	sd := map[string]*tensor.Tensor{"step": tensor.Scalar(float32(o.step))}
	for _, p := range allParams(o.Groups) {
		if b, ok := o.buf[p.Name]; ok {
			sd["momentum_buffer."+p.Name] = tensor.FromSlice(b, p.Tensor.Shape()...)
		}
	}
	return sd
}

// LoadStateDict restores a state from StateDict.
func (o *SGD) LoadStateDict(sd map[string]*tensor.Tensor) error {
	step, err := loadStep("SGD", sd)
	if err != nil {
		return err
	}
	m, err := loadMoments("SGD", o.Groups, sd, "momentum_buffer.")
	if err != nil {
		return err
	}
	o.step = step
	o.buf = m["momentum_buffer."]
	return nil
}

// ClipGradNorm scales the gradients of ps so that their global L2 norm is
// at most maxNorm, and returns the norm before clipping.
func ClipGradNorm(ps []Param, maxNorm float32) float32 {
	var total float64
	for _, p := range ps {
		if g := p.Tensor.Grad(); g != nil {
			d := g.Data()
			for len(d) > 0 { // SIMD dot per block, blocks summed in float64
				n := min(len(d), 1<<14)
				total += float64(accel.Dot(d[:n], d[:n]))
				d = d[n:]
			}
		}
	}
	norm := math.Sqrt(total)
	if norm > float64(maxNorm) {
		scale := float32(float64(maxNorm) / (norm + 1e-6))
		for _, p := range ps {
			if g := p.Tensor.Grad(); g != nil {
				d := g.Data()
				accel.Scale(d, d, scale)
			}
		}
	}
	return float32(norm)
}

// CosineSchedule is linear warmup followed by cosine decay, the GPT
// training schedule.
type CosineSchedule struct {
	MaxLR, MinLR float32
	Warmup       int // steps of linear warmup from ~0 to MaxLR
	Total        int // step at which the decay reaches MinLR (and stays)
}

// At returns the learning rate for step (counting from 0).
func (s CosineSchedule) At(step int) float32 {
	if step < s.Warmup {
		return s.MaxLR * float32(step+1) / float32(s.Warmup)
	}
	if step >= s.Total {
		return s.MinLR
	}
	ratio := float64(step-s.Warmup) / float64(max(1, s.Total-s.Warmup))
	coeff := 0.5 * (1 + math.Cos(math.Pi*ratio))
	return s.MinLR + float32(coeff)*(s.MaxLR-s.MinLR)
}

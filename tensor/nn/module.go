package nn

import (
	"fmt"
	"math"
	"sort"
	"strconv"

	"github.com/gograd/gograd/tensor"
)

// Param is one named parameter of a module. Names are dotted paths such as
// "0.weight" or "h.3.attn.c_attn.bias", in a fixed order.
type Param struct {
	Name   string
	Tensor *tensor.Tensor
}

// Module is a layer or model: it maps an input tensor to an output and
// lists its parameters in a deterministic order.
type Module interface {
	Forward(x *tensor.Tensor) *tensor.Tensor
	Parameters() []Param
}

// TrainingSetter is implemented by modules whose behaviour differs between
// training and evaluation (Dropout, and containers that hold one).
type TrainingSetter interface {
	SetTraining(training bool)
}

// Train puts m (and its children) in training mode.
func Train(m Module) {
	if s, ok := m.(TrainingSetter); ok {
		s.SetTraining(true)
	}
}

// Eval puts m (and its children) in evaluation mode.
func Eval(m Module) {
	if s, ok := m.(TrainingSetter); ok {
		s.SetTraining(false)
	}
}

// WithPrefix returns ps with prefix + "." prepended to every name, for
// composing the parameters of child modules.
func WithPrefix(prefix string, ps []Param) []Param {
	out := make([]Param, len(ps))
	for i, p := range ps {
		out[i] = Param{Name: prefix + "." + p.Name, Tensor: p.Tensor}
	}
	return out
}

// Tensors returns just the tensors of ps.
func Tensors(ps []Param) []*tensor.Tensor {
	out := make([]*tensor.Tensor, len(ps))
	for i, p := range ps {
		out[i] = p.Tensor
	}
	return out
}

// NumParams returns the total number of elements in ps.
func NumParams(ps []Param) int {
	n := 0
	for _, p := range ps {
		n += p.Tensor.Numel()
	}
	return n
}

// StateDict maps each parameter name of m to its tensor (sharing storage,
// without autograd history).
func StateDict(m Module) map[string]*tensor.Tensor {
	return ParamsStateDict(m.Parameters())
}

// ParamsStateDict is StateDict for a parameter list.
func ParamsStateDict(ps []Param) map[string]*tensor.Tensor {
	sd := make(map[string]*tensor.Tensor, len(ps))
	for _, p := range ps {
		sd[p.Name] = p.Tensor.Detach()
	}
	return sd
}

// LoadStateDict copies the values in sd into m's parameters in place. Every
// parameter must be present with the same shape, and sd may hold no other
// names; the error names the first offending entry and nothing is changed.
func LoadStateDict(m Module, sd map[string]*tensor.Tensor) error {
	return LoadParams(m.Parameters(), sd)
}

// LoadParams is LoadStateDict for a parameter list.
func LoadParams(ps []Param, sd map[string]*tensor.Tensor) error {
	known := make(map[string]bool, len(ps))
	for _, p := range ps {
		known[p.Name] = true
		src, ok := sd[p.Name]
		if !ok {
			return fmt.Errorf("nn: LoadStateDict: missing parameter %q (shape %v)", p.Name, p.Tensor.Shape())
		}
		if !sameShape(src.Shape(), p.Tensor.Shape()) {
			return fmt.Errorf("nn: LoadStateDict: parameter %q has shape %v in the state dict, the module needs %v", p.Name, src.Shape(), p.Tensor.Shape())
		}
	}
	var extra []string
	for name := range sd {
		if !known[name] {
			extra = append(extra, name)
		}
	}
	if len(extra) > 0 {
		sort.Strings(extra)
		return fmt.Errorf("nn: LoadStateDict: unexpected entry %q not in the module (%d unexpected)", extra[0], len(extra))
	}
	for _, p := range ps {
		p.Tensor.CopyFrom(sd[p.Name])
	}
	return nil
}

func sameShape(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Linear is y = x·Wᵀ + b with W of shape [out, in] (PyTorch's layout).
type Linear struct {
	Weight *tensor.Tensor // [out, in]
	Bias   *tensor.Tensor // [out], nil without bias
}

// NewLinear returns a Linear layer initialised like PyTorch: weight and
// bias uniform in ±1/√in.
func NewLinear(in, out int, bias bool) *Linear {
	bound := float32(1 / math.Sqrt(float64(max(in, 1))))
	l := &Linear{Weight: tensor.Uniform(-bound, bound, out, in).RequiresGrad()}
	if bias {
		l.Bias = tensor.Uniform(-bound, bound, out).RequiresGrad()
	}
	return l
}

// Forward maps x of shape (..., in) to (..., out).
func (l *Linear) Forward(x *tensor.Tensor) *tensor.Tensor {
	y := x.MatMul(l.Weight.T())
	if l.Bias != nil {
		y = y.Add(l.Bias)
	}
	return y
}

// Parameters returns "weight" and, with a bias, "bias".
func (l *Linear) Parameters() []Param {
	ps := []Param{{"weight", l.Weight}}
	if l.Bias != nil {
		ps = append(ps, Param{"bias", l.Bias})
	}
	return ps
}

// StateDict maps parameter names to tensors.
func (l *Linear) StateDict() map[string]*tensor.Tensor { return StateDict(l) }

// LoadStateDict copies sd into the parameters.
func (l *Linear) LoadStateDict(sd map[string]*tensor.Tensor) error { return LoadStateDict(l, sd) }

// LayerNorm normalizes the last axis and applies a learned scale and shift.
type LayerNorm struct {
	Weight *tensor.Tensor // [dim], ones at start
	Bias   *tensor.Tensor // [dim], zeros at start; nil without bias
	Eps    float32
}

// NewLayerNorm returns a LayerNorm over a last axis of size dim with
// eps 1e-5 (PyTorch's default).
func NewLayerNorm(dim int) *LayerNorm {
	return &LayerNorm{Weight: tensor.Ones(dim).RequiresGrad(), Bias: tensor.Zeros(dim).RequiresGrad(), Eps: 1e-5}
}

// Forward normalizes x over its last axis.
func (l *LayerNorm) Forward(x *tensor.Tensor) *tensor.Tensor {
	return tensor.LayerNorm(x, l.Weight, l.Bias, l.Eps)
}

// Parameters returns "weight" and "bias".
func (l *LayerNorm) Parameters() []Param {
	ps := []Param{{"weight", l.Weight}}
	if l.Bias != nil {
		ps = append(ps, Param{"bias", l.Bias})
	}
	return ps
}

// StateDict maps parameter names to tensors.
func (l *LayerNorm) StateDict() map[string]*tensor.Tensor { return StateDict(l) }

// LoadStateDict copies sd into the parameters.
func (l *LayerNorm) LoadStateDict(sd map[string]*tensor.Tensor) error { return LoadStateDict(l, sd) }

// Embedding is a lookup table of num vectors of size dim.
type Embedding struct {
	Weight *tensor.Tensor // [num, dim]
}

// NewEmbedding returns an Embedding initialised N(0, 1) like PyTorch.
func NewEmbedding(num, dim int) *Embedding {
	return &Embedding{Weight: tensor.Randn(num, dim).RequiresGrad()}
}

// Forward maps ids of any shape (integer values) to ids.shape + [dim].
func (e *Embedding) Forward(ids *tensor.Tensor) *tensor.Tensor {
	return tensor.Embedding(e.Weight, ids)
}

// Parameters returns "weight".
func (e *Embedding) Parameters() []Param { return []Param{{"weight", e.Weight}} }

// StateDict maps parameter names to tensors.
func (e *Embedding) StateDict() map[string]*tensor.Tensor { return StateDict(e) }

// LoadStateDict copies sd into the parameters.
func (e *Embedding) LoadStateDict(sd map[string]*tensor.Tensor) error { return LoadStateDict(e, sd) }

// Dropout zeroes each element with probability P during training and
// scales the rest by 1/(1-P); in evaluation mode it is the identity.
type Dropout struct {
	P        float32
	Training bool
}

// NewDropout returns a Dropout in training mode (as PyTorch modules start).
func NewDropout(p float32) *Dropout {
	if p < 0 || p > 1 {
		panic(fmt.Sprintf("nn: NewDropout: probability %v outside [0, 1]", p))
	}
	return &Dropout{P: p, Training: true}
}

// Forward applies dropout in training mode.
func (d *Dropout) Forward(x *tensor.Tensor) *tensor.Tensor {
	if !d.Training || d.P == 0 {
		return x
	}
	if d.P == 1 {
		return x.MulScalar(0)
	}
	mask := tensor.Bernoulli(1-d.P, x.Shape()...).MulScalar(1 / (1 - d.P))
	return x.Mul(mask)
}

// Parameters returns none.
func (d *Dropout) Parameters() []Param { return nil }

// SetTraining switches between training and evaluation behaviour.
func (d *Dropout) SetTraining(training bool) { d.Training = training }

// Sequential chains modules; parameter names are prefixed with the
// module's position ("0.weight", "2.bias").
type Sequential struct {
	Modules []Module
}

// NewSequential returns the chain of the given modules.
func NewSequential(mods ...Module) *Sequential { return &Sequential{Modules: mods} }

// Forward runs the modules in order.
func (s *Sequential) Forward(x *tensor.Tensor) *tensor.Tensor {
	for _, m := range s.Modules {
		x = m.Forward(x)
	}
	return x
}

// Parameters lists the children's parameters in order, prefixed by index.
func (s *Sequential) Parameters() []Param {
	var ps []Param
	for i, m := range s.Modules {
		ps = append(ps, WithPrefix(strconv.Itoa(i), m.Parameters())...)
	}
	return ps
}

// SetTraining propagates the mode to every child.
func (s *Sequential) SetTraining(training bool) {
	for _, m := range s.Modules {
		if t, ok := m.(TrainingSetter); ok {
			t.SetTraining(training)
		}
	}
}

// StateDict maps parameter names to tensors.
func (s *Sequential) StateDict() map[string]*tensor.Tensor { return StateDict(s) }

// LoadStateDict copies sd into the parameters.
func (s *Sequential) LoadStateDict(sd map[string]*tensor.Tensor) error { return LoadStateDict(s, sd) }

// Func wraps a parameter-free function as a Module.
type Func func(x *tensor.Tensor) *tensor.Tensor

// Forward calls the function.
func (f Func) Forward(x *tensor.Tensor) *tensor.Tensor { return f(x) }

// Parameters returns none.
func (f Func) Parameters() []Param { return nil }

// ReLU is the module form of (*tensor.Tensor).ReLU.
type ReLU struct{}

// Forward applies max(x, 0).
func (ReLU) Forward(x *tensor.Tensor) *tensor.Tensor { return x.ReLU() }

// Parameters returns none.
func (ReLU) Parameters() []Param { return nil }

// GELU is the module form of (*tensor.Tensor).GELU (tanh approximation).
type GELU struct{}

// Forward applies GELU.
func (GELU) Forward(x *tensor.Tensor) *tensor.Tensor { return x.GELU() }

// Parameters returns none.
func (GELU) Parameters() []Param { return nil }

// Tanh is the module form of (*tensor.Tensor).Tanh.
type Tanh struct{}

// Forward applies tanh.
func (Tanh) Forward(x *tensor.Tensor) *tensor.Tensor { return x.Tanh() }

// Parameters returns none.
func (Tanh) Parameters() []Param { return nil }

// Sigmoid is the module form of (*tensor.Tensor).Sigmoid.
type Sigmoid struct{}

// Forward applies the logistic sigmoid.
func (Sigmoid) Forward(x *tensor.Tensor) *tensor.Tensor { return x.Sigmoid() }

// Parameters returns none.
func (Sigmoid) Parameters() []Param { return nil }

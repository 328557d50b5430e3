package tensor

import (
	"sync/atomic"
)

// node records how a tensor was computed: its inputs and the function
// mapping the output's gradient to the inputs' gradients.
type node struct {
	op       string
	inputs   []*Tensor
	backward func(g *Tensor) []*Tensor
	released bool
}

// noGradDepth > 0 disables graph recording (NoGrad, and during Backward).
var noGradDepth atomic.Int32

// NoGrad runs f with gradient recording disabled: tensors computed inside
// carry no history, which saves memory during evaluation and inference.
func NoGrad(f func()) {
	noGradDepth.Add(1)
	defer noGradDepth.Add(-1)
	f()
}

// IsGradEnabled reports whether ops currently record autograd history.
func IsGradEnabled() bool { return noGradDepth.Load() == 0 }

// record attaches a backward function to out when gradient recording is on
// and any input requires gradients. It returns out.
func record(out *Tensor, op string, inputs []*Tensor, backward func(g *Tensor) []*Tensor) *Tensor {
	if noGradDepth.Load() != 0 {
		return out
	}
	for _, in := range inputs {
		if in != nil && in.reqGrad {
			out.reqGrad = true
			out.node = &node{op: op, inputs: inputs, backward: backward}
			return out
		}
	}
	return out
}

// RequiresGrad marks a leaf tensor as a parameter whose gradient Backward
// should compute, and returns t so it can be chained:
// w := tensor.Randn(3, 4).RequiresGrad().
func (t *Tensor) RequiresGrad() *Tensor {
	t.SetRequiresGrad(true)
	return t
}

// SetRequiresGrad turns gradient tracking of a leaf tensor on or off.
func (t *Tensor) SetRequiresGrad(on bool) {
	if !on && t.node != nil {
		panicf("SetRequiresGrad: cannot turn off gradients of a non-leaf tensor (%s); use Detach", t.node.op)
	}
	t.reqGrad = on
}

// NeedsGrad reports whether t takes part in gradient computation.
func (t *Tensor) NeedsGrad() bool { return t.reqGrad }

// IsLeaf reports whether t was created by the user rather than by an op
// with autograd history.
func (t *Tensor) IsLeaf() bool { return t.node == nil }

// GradFn returns the name of the op that produced t ("" for leaves).
func (t *Tensor) GradFn() string {
	if t.node == nil {
		return ""
	}
	return t.node.op
}

// RetainGrad makes Backward store the gradient of a non-leaf tensor too.
func (t *Tensor) RetainGrad() *Tensor {
	t.retain = true
	return t
}

// Grad returns the accumulated gradient, or nil if none was computed yet.
func (t *Tensor) Grad() *Tensor { return t.grad }

// SetGrad replaces the accumulated gradient (nil clears it).
func (t *Tensor) SetGrad(g *Tensor) {
	if g != nil && !sameShape(g.shape, t.shape) {
		panicf("SetGrad: gradient shape %v does not match tensor shape %v", g.shape, t.shape)
	}
	t.grad = g
}

// ZeroGrad clears the accumulated gradient.
func (t *Tensor) ZeroGrad() { t.grad = nil }

// Detach returns a view of the same storage with no autograd history.
func (t *Tensor) Detach() *Tensor {
	return t.view(t.shape, t.strides, t.off)
}

// Backward computes the gradient of the scalar t with respect to every
// tensor that requires gradients and adds it to their Grad. The graph is
// released afterwards; use BackwardWith to keep it or to seed a non-scalar.
func (t *Tensor) Backward() { t.BackwardWith(nil, false) }

// BackwardWith is Backward with an explicit seed gradient (nil means 1 for
// a one-element t) and the option to retain the graph for another
// Backward through it.
func (t *Tensor) BackwardWith(seed *Tensor, retainGraph bool) {
	t.check()
	if !t.reqGrad {
		panicf("Backward: tensor of shape %v does not require gradients (no input had RequiresGrad, or it was computed under NoGrad)", t.shape)
	}
	if seed == nil {
		if t.Numel() != 1 {
			panicf("Backward: gradient can only be implied for a one-element output, got shape %v; pass a seed to BackwardWith", t.shape)
		}
		seed = Ones(t.shape...)
	} else if !sameShape(seed.shape, t.shape) {
		panicf("Backward: seed shape %v does not match output shape %v", seed.shape, t.shape)
	}
	noGradDepth.Add(1)
	defer noGradDepth.Add(-1)

	order := topoOrder(t)
	grads := map[*Tensor]*Tensor{t: seed.Detach()}
	for i := len(order) - 1; i >= 0; i-- {
		v := order[i]
		g := grads[v]
		if g == nil {
			continue
		}
		delete(grads, v)
		if v.node == nil || v.retain {
			v.accumulateGrad(g)
		}
		if v.node == nil {
			continue
		}
		if v.node.released {
			panicf("Backward: the graph through %s was already freed by an earlier Backward; use BackwardWith(nil, true) to retain it", v.node.op)
		}
		gs := v.node.backward(g)
		for j, in := range v.node.inputs {
			if in == nil || !in.reqGrad || j >= len(gs) || gs[j] == nil {
				continue
			}
			gi := gs[j]
			if !sameShape(gi.shape, in.shape) {
				panicf("Backward: internal error in %s: gradient shape %v for input of shape %v", v.node.op, gi.shape, in.shape)
			}
			if prev := grads[in]; prev != nil {
				grads[in] = prev.Add(gi)
			} else {
				grads[in] = gi
			}
		}
		if !retainGraph {
			v.node.released = true
			v.node.backward = nil
			v.node.inputs = nil
		}
	}
}

// accumulateGrad adds g into t.grad, owning its storage.
func (t *Tensor) accumulateGrad(g *Tensor) {
	if t.grad == nil {
		t.grad = fromData(g.gather(), t.shape)
		return
	}
	if !t.grad.IsContiguous() {
		t.grad = fromData(t.grad.gather(), t.shape)
	}
	dst := t.grad.Data()
	src := g.contigData()
	for i, v := range src {
		dst[i] += v
	}
}

// topoOrder returns the tensors reachable from t through recorded ops, in
// an order where every tensor comes after its inputs.
func topoOrder(t *Tensor) []*Tensor {
	type frame struct {
		t    *Tensor
		next int
	}
	seen := map[*Tensor]bool{t: true}
	var order []*Tensor
	stack := []frame{{t: t}}
	for len(stack) > 0 {
		f := &stack[len(stack)-1]
		if f.t.node != nil && f.next < len(f.t.node.inputs) {
			in := f.t.node.inputs[f.next]
			f.next++
			if in != nil && in.reqGrad && !seen[in] {
				seen[in] = true
				stack = append(stack, frame{t: in})
			}
			continue
		}
		order = append(order, f.t)
		stack = stack[:len(stack)-1]
	}
	return order
}

// sumTo reduces a broadcast gradient g back to shape (summing the axes
// that broadcasting expanded).
func sumTo(g *Tensor, shape []int) *Tensor {
	if sameShape(g.shape, shape) {
		return g
	}
	lead := len(g.shape) - len(shape)
	var axes []int
	for i := range g.shape {
		if i < lead || (shape[i-lead] == 1 && g.shape[i] != 1) {
			axes = append(axes, i)
		}
	}
	s := g.SumKeepDim(axes...)
	return s.Reshape(shape...)
}

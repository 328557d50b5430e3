// Code generated from compiled_nn_module.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"github.com/gograd/gograd/tensor"
	"github.com/gograd/gograd/tensor/nn"
)

// A session module with SetTraining (and a Dropout inside) switched by
// nn.Train, nn.Eval and a Sequential holding it.
//
//line testdata/conformance/compiled_nn_module.gos/_.go:1:1
type MLP struct {
	l1, l2 *nn.Linear
	drop   *nn.Dropout
	mode   string
}

func (m *MLP) Forward(x *tensor.Tensor) *tensor.Tensor {
	return m.l2.Forward(m.drop.Forward(m.l1.Forward(x)))
}

func (m *MLP) Parameters() []nn.Param {
	return append(nn.WithPrefix("l1", m.l1.Parameters()), nn.WithPrefix("l2", m.l2.Parameters())...)
}

func (m *MLP) SetTraining(t bool) {
	m.drop.SetTraining(t)
	m.mode = fmt.Sprint("training=", t)
}

func main() {
	m := &MLP{l1: nn.NewLinear(4, 8, true), l2: nn.NewLinear(8, 2, true), drop: nn.NewDropout(0.5)}
	nn.Eval(m)
	fmt.Println(m.mode, m.drop.Training)
	nn.Train(m)
	fmt.Println(m.mode, m.drop.Training)
	seq := nn.NewSequential(m, nn.NewDropout(0.1))
	seq.SetTraining(false)
	fmt.Println(m.mode, m.drop.Training)
	nn.Train(seq)
	fmt.Println(m.mode)
	fmt.Println(len(nn.StateDict(m)), nn.NumParams(m.Parameters()))
}

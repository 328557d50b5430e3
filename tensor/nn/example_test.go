package nn_test

import (
	"fmt"

	"github.com/gograd/gograd/tensor"
	"github.com/gograd/gograd/tensor/nn"
)

// Fit y = 2x - 1 with a Linear layer, SGD with momentum and a
// warmup-cosine schedule, then look at the learned parameters by name.
func Example() {
	tensor.Seed(0)
	x := tensor.Linspace(-1, 1, 32).Reshape(32, 1)
	y := x.MulScalar(2).AddScalar(-1)
	model := nn.NewSequential(nn.NewLinear(1, 1, true))
	opt := nn.NewSGD(model.Parameters(), 0.1, 0.9)
	sched := nn.CosineSchedule{MaxLR: 0.1, MinLR: 0.01, Warmup: 10, Total: 200}
	for step := 0; step < 200; step++ {
		opt.SetLR(sched.At(step))
		loss := tensor.MSE(model.Forward(x), y)
		opt.ZeroGrad()
		loss.Backward()
		nn.ClipGradNorm(model.Parameters(), 1)
		opt.Step()
	}
	for _, p := range model.Parameters() {
		fmt.Printf("%s %.3f\n", p.Name, p.Tensor.Item())
	}
	fmt.Println(len(opt.StateDict()), "optimizer state entries")
	// Output:
	// 0.weight 2.000
	// 0.bias -1.000
	// 3 optimizer state entries
}

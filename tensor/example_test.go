package tensor_test

import (
	"fmt"
	"testing"

	"github.com/gograd/gograd/tensor"
	"github.com/gograd/gograd/tensor/nn"
)

// trainXOR fits a 2-8-1 tanh network to XOR with AdamW and returns the
// final loss and predictions.
func trainXOR() (float32, []float32) {
	tensor.Seed(1)
	x := tensor.FromSlice([]float32{0, 0, 0, 1, 1, 0, 1, 1}, 4, 2)
	y := tensor.FromSlice([]float32{0, 1, 1, 0}, 4, 1)
	model := nn.NewSequential(nn.NewLinear(2, 8, true), nn.Tanh{}, nn.NewLinear(8, 1, true))
	opt := nn.NewAdamW(model.Parameters(), 0.05)
	var loss *tensor.Tensor
	for step := 0; step < 300; step++ {
		loss = tensor.MSE(model.Forward(x), y)
		opt.ZeroGrad()
		loss.Backward()
		opt.Step()
	}
	var pred *tensor.Tensor
	tensor.NoGrad(func() { pred = model.Forward(x) })
	return loss.Item(), pred.Data()
}

// Example_trainXOR trains a two-layer network on XOR.
func Example_trainXOR() {
	loss, pred := trainXOR()
	fmt.Println("loss below 0.01:", loss < 0.01)
	for _, p := range pred {
		fmt.Print(int(p+0.5), " ")
	}
	fmt.Println()
	// Output:
	// loss below 0.01: true
	// 0 1 1 0
}

func TestXORConverges(t *testing.T) {
	loss, _ := trainXOR()
	if loss >= 0.01 {
		t.Fatalf("XOR loss %v after training, want < 0.01", loss)
	}
}

func Example() {
	x := tensor.FromSlice([]float32{1, 2, 3, 4}, 2, 2)
	w := tensor.FromSlice([]float32{0.5, -1}, 2).RequiresGrad()
	loss := x.MatMul(w).Square().Sum() // (0.5-2)² + (1.5-4)²
	loss.Backward()
	fmt.Println(loss)
	fmt.Println(w.Grad())
	// Output:
	// tensor(8.5000, grad_fn=<Sum>)
	// tensor([-18., -26.], shape=[2])
}

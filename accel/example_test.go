package accel_test

import (
	"fmt"

	"github.com/gograd/gograd/accel"
)

func Example() {
	// C (2×2) = A (2×3) · B (3×2)
	a := []float32{
		1, 2, 3,
		4, 5, 6,
	}
	b := []float32{
		7, 8,
		9, 10,
		11, 12,
	}
	c := make([]float32, 4)
	accel.Sgemm(false, false, 2, 2, 3, 1, a, 3, b, 2, 0, c, 2)
	fmt.Println(c)

	// Row softmax of C, then the loss of picking column 1 in each row.
	p := make([]float32, 4)
	accel.SoftmaxForward(p, []float32{0, 0, 1, 3}, 2, 2)
	fmt.Printf("%.3f\n", p)
	losses := make([]float32, 2)
	if err := accel.CrossEntropySoftmax(losses, nil, []float32{0, 0, 1, 3}, []int32{1, 1}, 2, 2, 1); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("%.3f\n", losses)
	// Output:
	// [58 64 139 154]
	// [0.500 0.500 0.119 0.881]
	// [0.693 0.127]
}

func ExampleAvailable() {
	info := accel.Available()
	fmt.Println(info.Has("cpu"))
	// Output: true
}

// Code generated from gonum_mat.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"gonum.org/v1/gonum/mat"
)

var inv mat.Dense

func main() {
	a := mat.NewDense(2, 2, []float64{4, 7, 2, 6})
	inv.Inverse(a)
	fmt.Printf("%.2f\n", mat.Formatted(&inv))
	fmt.Printf("%.1f\n", mat.Det(a))
}

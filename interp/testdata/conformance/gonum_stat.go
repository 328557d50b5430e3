// Code generated from gonum_stat.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/stat"
)

func main() {
	xs := []float64{1, 2, 3, 4, 10}
	fmt.Println(stat.Mean(xs, nil), floats.Sum(xs), floats.Max(xs))
	fmt.Printf("%.4f\n", stat.StdDev(xs, nil))
}

// Code generated from math_funcs.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(16), math.Pow(2, 10), math.Floor(2.7), math.Ceil(2.1), math.Abs(-3.5))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/2), math.Log(math.E), math.Exp(1))
	fmt.Println(math.MaxInt32, math.Inf(1), math.IsNaN(math.NaN()))
}

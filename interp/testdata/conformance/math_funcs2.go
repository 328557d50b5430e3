// Code generated from math_funcs2.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math"
)

var zero float64

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.5))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(2.5), math.Trunc(-2.7))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()))
	fmt.Println(math.MaxInt32, math.MinInt16, math.MaxUint16)
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Log(math.E), math.Exp(1))
	fmt.Println(math.Hypot(3, 4), math.Mod(7, 3), math.Max(1, math.NaN()), math.Min(-0.0, 0))
	fmt.Println(math.Log2(1024), math.Log10(0.001), math.Cbrt(27))
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	fmt.Println(0.1+0.2, float32(0.1), 1e21, 1e20, 123456789.0)
	fmt.Println(math.Float64bits(1.0), math.Signbit(-0.0), math.Copysign(3, -1))
	fr, exp := math.Frexp(8)
	fmt.Println(fr, exp)
	fmt.Printf("%g %v %.2e\n", 1e-7, 2.0, 123456.0)
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a"))
}

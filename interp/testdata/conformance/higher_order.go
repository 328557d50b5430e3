// Code generated from higher_order.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/higher_order.gos/_.go:1:1
func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func apply(xs []int, f func(int) int) []int {
	out := []int{}
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	h := compose(func(x int) int { return x + 1 }, func(x int) int { return x * 2 })
	fmt.Println(apply([]int{1, 2, 3}, h))
}

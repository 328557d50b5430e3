// Code generated from generics_func.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strconv"
)

//line testdata/conformance/generics_func.gos/_.go:1:1
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Sum[T int | float64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return strconv.Itoa(i * 10) }))
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}))
}

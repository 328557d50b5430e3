// Code generated from gen_number_union.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strconv"
	"strings"
)

//line testdata/conformance/gen_number_union.gos/_.go:1:1
type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

type Celsius float64

type Count int

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func MapSlice[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	temps := []Celsius{20.5, 22, 19.5}
	fmt.Println(Sum(temps...), Mean(temps))
	counts := []Count{3, 4, 5}
	fmt.Printf("%v %T\n", Sum(counts...), Sum(counts...))
	fmt.Println(Mean([]int{1, 2, 3, 4}))
	strs := MapSlice(Filter([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 }), func(x int) string { return strconv.Itoa(x * x) })
	fmt.Println(strings.Join(strs, ","), len(strs))
	fmt.Println(Sum[int64](1<<40, 1<<40))
}

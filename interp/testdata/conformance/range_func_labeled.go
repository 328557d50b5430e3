// Code generated from range_func_labeled.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"iter"
)

//line testdata/conformance/range_func_labeled.gos/_.go:1:1
func Seq(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func grid() {
outer:
	for i := range Seq(3) {
		for j := range Seq(3) {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
}

func main() {
	grid()
}

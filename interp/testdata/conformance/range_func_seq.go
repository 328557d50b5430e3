// Code generated from range_func_seq.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"iter"
)

//line testdata/conformance/range_func_seq.gos/_.go:1:1
func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for v := range Count(5) {
		fmt.Print(v, ",")
	}
	fmt.Println()
}

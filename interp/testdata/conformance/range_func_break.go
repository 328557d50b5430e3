// Code generated from range_func_break.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"iter"
)

//line testdata/conformance/range_func_break.gos/_.go:1:1
func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func main() {
	for v := range Naturals() {
		if v%2 == 0 {
			continue
		}
		if v > 7 {
			break
		}
		fmt.Println(v)
	}
}

// Code generated from range_func_return.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"iter"
)

//line testdata/conformance/range_func_return.gos/_.go:1:1
func Pairs() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for i, s := range []string{"a", "b", "c"} {
			if !yield(s, i) {
				return
			}
		}
	}
}

func indexOf(target string) int {
	for k, v := range Pairs() {
		if k == target {
			return v
		}
	}
	return -1
}

func main() {
	fmt.Println(indexOf("b"), indexOf("z"))
}

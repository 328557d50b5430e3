// Code generated from iter_collect.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

//line testdata/conformance/iter_collect.gos/_.go:1:1
func Squares(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i * i) {
				return
			}
		}
	}
}

func main() {
	fmt.Println(slices.Collect(Squares(5)))
	m := maps.Collect(slices.All([]string{"a", "b"}))
	fmt.Println(len(m), m[1])
}

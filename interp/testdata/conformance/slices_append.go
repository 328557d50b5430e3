// Code generated from slices_append.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/slices_append.gos/_.go:1:1
var s []int

func main() {
	for i := 0; i < 5; i++ {
		s = append(s, i*i)
	}
	t := s[1:3]
	t = append(t, 100)
	fmt.Println(s, t, len(t), cap(t) >= 3)
}

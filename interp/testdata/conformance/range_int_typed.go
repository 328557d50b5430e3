// Code generated from range_int_typed.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/range_int_typed.gos/_.go:1:1
type ID int8

var n ID = 3

func main() {
	for i := range n {
		fmt.Printf("%T %d\n", i, i)
	}
}

// Code generated from defer_named_result.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/defer_named_result.gos/_.go:1:1
func double(x int) (r int) {
	defer func() { r *= 2 }()
	return x + 1
}

func main() {
	fmt.Println(double(4))
}

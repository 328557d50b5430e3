// Code generated from min_max_consts.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/min_max_consts.gos/_.go:1:1
const a = min(3, 1, 2)

var f float64 = max(1, 2)

func main() {
	fmt.Println(a, f)
	fmt.Printf("%T\n", f)
}

// Code generated from type_assertion.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/type_assertion.gos/_.go:1:1
var v any = 42

var st fmt.Stringer

func main() {
	n, ok := v.(int)
	s, ok2 := v.(string)
	fmt.Println(n, ok, s == "", ok2)
	fmt.Println(st == nil)
}

// Code generated from loopvar_assigned_capture.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/loopvar_assigned_capture.gos/_.go:1:1
var fns []func() int

var ps []*int

func main() {
	for i := 0; i < 5; i++ {
		fns = append(fns, func() int { return i })
		i++
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])
}

// Code generated from generics_constraint.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/generics_constraint.gos/_.go:1:1
type Number interface {
	~int | ~int64 | ~float64
}

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Meters float64

func main() {
	fmt.Println(Max(3, 7), Max(2.5, 1.5), Max(Meters(4), Meters(9)))
}

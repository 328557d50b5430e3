// Code generated from stringer.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/stringer.gos/_.go:1:1
type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string {
	return [...]string{"Red", "Green"}[c]
}

func main() {
	fmt.Println(Red, Green)
	fmt.Printf("%v %d\n", Green, Green)
}

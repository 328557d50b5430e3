// Code generated from structs.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/structs.gos/_.go:1:1
type Point struct {
	X, Y int
}

func main() {
	p := Point{1, 2}
	q := &p
	q.X = 10
	fmt.Println(p, *q)
	fmt.Printf("%+v %v\n", p, Point{Y: 5})
}

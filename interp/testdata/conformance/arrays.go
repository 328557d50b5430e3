// Code generated from arrays.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/arrays.gos/_.go:1:1
var a [5]int

func main() {
	for i := range a {
		a[i] = i * 2
	}
	b := a
	b[0] = 100
	fmt.Println(a, b, len(a))
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(grid[1][2], grid)
}

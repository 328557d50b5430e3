// Code generated from multiple_returns.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/multiple_returns.gos/_.go:1:1
func divmod(a, b int) (int, int) { return a / b, a % b }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
}

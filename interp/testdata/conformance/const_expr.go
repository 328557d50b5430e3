// Code generated from const_expr.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/const_expr.gos/_.go:1:1
const big = 1 << 40

const ratio = big / 1024.0

const s = "go" + "lang"

func main() {
	fmt.Println(big>>30, ratio)
	fmt.Println(len(s), s)
}

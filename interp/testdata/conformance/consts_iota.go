// Code generated from consts_iota.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/consts_iota.gos/_.go:1:1
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, KB, MB)
}

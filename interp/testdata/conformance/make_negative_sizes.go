// Code generated from make_negative_sizes.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

// make with sizes out of range panics with the runtime's errors.
//
//line testdata/conformance/make_negative_sizes.gos/_.go:1:1
func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Println(name, r, isErr)
	}()
	f()
}

func main() {
	n := -1
	try("len", func() { _ = make([]int, n) })
	try("cap", func() { _ = make([]int, 0, n) })
	try("lencap", func() { _ = make([]int, 5, 5+n-3) })
	try("chan", func() { _ = make(chan int, n) })
	try("map", func() { _ = make(map[int]int, n) })
}

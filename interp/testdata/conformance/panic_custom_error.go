// Code generated from panic_custom_error.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/panic_custom_error.gos/_.go:1:1
func check(n int) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("caught: ", r)
		}
	}()
	if n < 0 {
		panic(fmt.Sprintf("negative %d", n))
	}
	return "ok"
}

func main() {
	fmt.Println(check(1), check(-2))
}

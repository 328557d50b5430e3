// Code generated from defer_recover_repanic.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/defer_recover_repanic.gos/_.go:1:1
func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func counter() (n int) {
	defer func() { n *= 2 }()
	defer func() { n += 3 }()
	n = 1
	return n + 1
}

func outer() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprint("outer caught: ", r)
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Println("inner caught:", r)
			panic(fmt.Sprintf("re-%v", r))
		}()
		panic("boom")
	}()
	return "unreachable"
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(counter())
	fmt.Println(outer())
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	func() {
		defer func() {
			if e, ok := recover().(error); ok {
				fmt.Println("error value:", e)
			}
		}()
		var m map[string]int
		m["x"] = 1
	}()
	fmt.Println("end")
}

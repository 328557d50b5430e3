// Code generated from panic_defer_gaps.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

// Go behaviour the session does not reproduce yet (see known_failures.txt).
//
//line testdata/conformance/panic_defer_gaps.gos/_.go:1:1
func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: %v\n", name, err)
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func repanic() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprint("re-panic of ", r))
		}
	}()
	panic("first")
}

func main() {
	arr := []int{1, 2, 3}
	idx := 5
	try("index", func() { fmt.Println(arr[idx]) })
	try("slice", func() { fmt.Println(arr[2:idx]) })
	fmt.Println(repanic())
}

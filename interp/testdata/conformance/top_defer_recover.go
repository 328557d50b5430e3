// Code generated from top_defer_recover.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"runtime"
)

func check(s []int, i int) int {
	v := s[i]
	return v
}

func main() {
	defer fmt.Println("deferred first, runs last")
	defer func() {
		r := recover()
		err, ok := r.(error)
		_, isRT := r.(runtime.Error)
		fmt.Println("recovered:", r, ok, isRT, err)
		fmt.Println("again:", recover())
	}()
	defer func(msg string) {
		fmt.Println("msg", msg)
	}("bye")
	s := []int{1, 2, 3}
	fmt.Println("before", check(s, 2))
	x := check(s, 10)
	fmt.Println("after", x, errors.New("not reached"))
	y := 1
	fmt.Println(y)
}

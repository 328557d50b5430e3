// Code generated from top_defer_handler.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

// Declared functions and methods deferred at the top level recover the
// script's panic when they call recover themselves.
//
//line testdata/conformance/top_defer_handler.gos/_.go:1:1
type logger struct{ prefix string }

func (l *logger) handle() {
	if r := recover(); r != nil {
		fmt.Println(l.prefix, "recovered", r)
	}
}

func handle() {
	r := recover()
	fmt.Println("handle sees", r)
}

func helper() any { return recover() }

func indirect() { fmt.Println("indirect sees", helper()) }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("div: %v", r)
		}
	}()
	return a / b, nil
}

var m map[string]int

func main() {
	l := &logger{"log:"}
	defer fmt.Println("last")
	defer handle()
	defer l.handle()
	defer indirect()
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println("start")
	m["a"] = 1
	fmt.Println("not reached")
}

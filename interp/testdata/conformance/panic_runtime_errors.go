// Code generated from panic_runtime_errors.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"strings"
)

//line testdata/conformance/panic_runtime_errors.gos/_.go:1:1
type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type node struct {
	next *node
	val  int
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: runtime error? %v: %v\n", name, strings.HasPrefix(err.Error(), "runtime error"), err)
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

var m map[string]int

var n *node

func repanic() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	panic("first")
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	return a / b, nil
}

func main() {
	try("nil map write", func() { m["a"] = 1 })
	zero := 0
	try("divide", func() { fmt.Println(10 / zero) })
	try("modulo", func() { fmt.Println(10 % zero) })
	try("nil deref", func() { fmt.Println(n.val) })
	var s any = "str"
	try("assert", func() { fmt.Println(s.(int)) })
	var sh Shape = Sq{2}
	try("assert iface", func() { fmt.Println(sh.(interface{ Perimeter() float64 })) })
	arr := []int{1, 2, 3}
	idx := 5
	_, _ = arr, idx
	try("custom", func() { panic(fmt.Sprintf("bad value %d", 42)) })
	try("error value", func() { panic(errors.New("boom")) })
	try("closed chan", func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
	try("nil func", func() {
		var f func()
		f()
	})
	fmt.Println(repanic())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)
}

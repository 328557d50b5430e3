// Code generated from defer_semantics.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
)

//line testdata/conformance/defer_semantics.gos/_.go:1:1
func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func nested() {
	defer trace("nested")()
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred i =", i)
	}
	x := 10
	defer fmt.Println("x at defer time:", x)
	defer func() { fmt.Println("x at exit:", x) }()
	x = 20
}

func double(n int) (result int) {
	defer func() { result *= 2 }()
	return n + 1
}

func counter() (n int, err error) {
	defer func() {
		if err != nil {
			n = -1
		}
	}()
	n = 5
	err = errors.New("fail")
	return n, err
}

type resource struct{ name string }

func (r *resource) Close() { fmt.Println("close", r.name) }

func useResources() {
	for _, n := range []string{"a", "b", "c"} {
		r := &resource{n}
		defer r.Close()
	}
	fmt.Println("using resources")
}

func deferArgs() {
	s := []int{1, 2}
	defer fmt.Println("slice at defer:", s, len(s))
	s = append(s, 3)
	s[0] = 100
	m := map[string]int{"a": 1}
	defer fmt.Println("map at defer:", m)
	m["b"] = 2
}

func loopDefer() (out []int) {
	for i := range 3 {
		defer func() { out = append(out, i) }()
	}
	return nil
}

func main() {
	nested()
	fmt.Println(double(4))
	fmt.Println(counter())
	useResources()
	deferArgs()
	fmt.Println(loopDefer())
}

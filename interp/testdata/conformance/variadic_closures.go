// Code generated from variadic_closures.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
)

//line testdata/conformance/variadic_closures.gos/_.go:1:1
func sum(label string, nums ...int) string {
	t := 0
	for _, n := range nums {
		t += n
	}
	return fmt.Sprintf("%s(%d)=%d", label, len(nums), t)
}

func join(sep string, parts ...any) string {
	var ss []string
	for _, p := range parts {
		ss = append(ss, fmt.Sprint(p))
	}
	return strings.Join(ss, sep)
}

func apply(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

var funcs []func() int

var ptrs []*int

func main() {
	fmt.Println(sum("none"))
	fmt.Println(sum("three", 1, 2, 3))
	xs := []int{10, 20, 30}
	fmt.Println(sum("spread", xs...))
	fmt.Println(sum("nil", nil...))
	fmt.Println(join("-", 1, "a", 2.5, true, nil, []int{1}))
	args := []any{"x", 'y', 3}
	fmt.Println(join("|", args...))
	fmt.Println(apply(func(x int) int { return x + 1 }, func(x int) int { return x * 10 })(4))
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, v := range []string{"a", "b"} {
		funcs = append(funcs, func() int { return len(v) + 100 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	counter := func() (func() int, func()) {
		c := 0
		return func() int { c++; return c }, func() { c = 0 }
	}
	inc, reset := counter()
	inc()
	inc()
	fmt.Println(inc())
	reset()
	fmt.Println(inc())
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
	acc := 0
	add := func(ns ...int) {
		for _, n := range ns {
			acc += n
		}
	}
	add()
	add(1)
	add(2, 3)
	fmt.Println(acc)
	fmt.Printf("%v %d\n", append([]int{0}, xs...), len(append(xs[:1], 99)))
	fmt.Println(xs)
}

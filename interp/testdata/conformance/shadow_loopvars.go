// Code generated from shadow_loopvars.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"strconv"
)

var funcs []func() int

var ptrs []*int

type int32 = string

func main() {
	x := 1
	{
		x := 2
		x++
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	if x := 10; x > 5 {
		fmt.Println("if", x)
	} else if y := x * 2; y > 0 {
		fmt.Println(y)
	}
	err := errors.New("outer")
	if true {
		_, err := strconv.Atoi("zz")
		fmt.Println("inner err:", err != nil)
	}
	fmt.Println(err)
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	m := map[string]int{"a": 1}
	for k, v := range m {
		k, v := k+"!", v+1
		fmt.Println(k, v)
	}
	fmt.Println(m)
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	var z int32 = "shadowed type"
	fmt.Println(z)
	acc := 0
	for i := 0; i < 5; i++ {
		i := i * 2
		acc += i
	}
	fmt.Println(acc)
	n := 0
	inc := func() { n++ }
	for range 4 {
		inc()
	}
	fmt.Println(n)
	fn := func() (x int) {
		x = 5
		{
			x := 7
			_ = x
		}
		return
	}
	fmt.Println(fn())
}

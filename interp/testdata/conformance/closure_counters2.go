// Code generated from closure_counters2.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/closure_counters2.gos/_.go:1:1
func makeCounter(start, step int) (func() int, func()) {
	n := start
	return func() int {
			n += step
			return n
		}, func() {
			n = start
		}
}

var fib func(int) int

func main() {
	next, reset := makeCounter(10, 5)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	memo := map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(80), len(memo))
	compose := func(fs ...func(int) int) func(int) int {
		return func(x int) int {
			for i := len(fs) - 1; i >= 0; i-- {
				x = fs[i](x)
			}
			return x
		}
	}
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	fmt.Println(compose(double, inc)(5), compose(inc, double)(5), compose()(7))
	adders := map[string]func(int) int{}
	for _, k := range []int{1, 10, 100} {
		adders[fmt.Sprint("add", k)] = func(x int) int { return x + k }
	}
	fmt.Println(adders["add1"](1), adders["add10"](1), adders["add100"](1))
	gen := func() func() (int, bool) {
		i := 0
		data := []int{3, 1, 4}
		return func() (int, bool) {
			if i >= len(data) {
				return 0, false
			}
			i++
			return data[i-1], true
		}
	}()
	for v, ok := gen(); ok; v, ok = gen() {
		fmt.Print(v, " ")
	}
	fmt.Println()
}

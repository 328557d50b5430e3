// Code generated from closures_generators.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
	"strings"
)

//line testdata/conformance/closures_generators.gos/_.go:1:1
func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for i := len(fs) - 1; i >= 0; i-- {
			s = fs[i](s)
		}
		return s
	}
}

var fibs []int

var handlers []func() string

var rec func(int) string

func main() {
	gen := fibGen()
	for range 10 {
		fibs = append(fibs, gen())
	}
	fmt.Println(fibs)
	calls := 0
	slowSquare := func(n int) int { calls++; return n * n }
	fast := memo(slowSquare)
	for _, n := range []int{3, 4, 3, 3, 4, 5} {
		fmt.Print(fast(n), " ")
	}
	fmt.Println("calls:", calls)
	shout := compose(strings.ToUpper, strings.TrimSpace, func(s string) string { return s + "!" })
	fmt.Printf("%q\n", shout("  hi  "))
	ops := map[string]func(float64, float64) float64{
		"+": func(a, b float64) float64 { return a + b },
		"-": func(a, b float64) float64 { return a - b },
		"*": func(a, b float64) float64 { return a * b },
		"/": func(a, b float64) float64 { return a / b },
	}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("6 %s 3 = %g\n", k, ops[k](6, 3))
	}
	for _, name := range []string{"a", "b", "c"} {
		handlers = append(handlers, func() string { return strings.Repeat(name, 2) })
	}
	for _, h := range handlers {
		fmt.Print(h(), " ")
	}
	fmt.Println()
	acc := func() func(int) int {
		sum := 0
		return func(x int) int { sum += x; return sum }
	}()
	acc(1)
	acc(2)
	fmt.Println(acc(3))
	rec = func(n int) string {
		if n == 0 {
			return "."
		}
		return "(" + rec(n-1) + ")"
	}
	fmt.Println(rec(3))
}

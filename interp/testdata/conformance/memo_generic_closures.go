// Code generated from memo_generic_closures.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"maps"
	"math"
	"math/big"
	"slices"
	"strings"
)

// Closures and generics together: a generic memoizer over comparable keys,
// recursive closures through a declared variable, a middleware chain of
// func types, function values in maps and slices, and method values
// bound to different receivers.
//
//line testdata/conformance/memo_generic_closures.gos/_.go:1:1
func Memo[K comparable, V any](f func(K) V) (func(K) V, *int) {
	cache := map[K]V{}
	misses := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		misses++
		v := f(k)
		cache[k] = v
		return v
	}, &misses
}

var fib func(int) *big.Int

var misses *int

type key struct{ a, b int }

var grid func(key) int

type Handler func(string) string

type Middleware func(Handler) Handler

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc() int { c.n++; return c.n }

func (c Counter) Get() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

func main() {
	fib, misses = Memo(func(n int) *big.Int {
		if n < 2 {
			return big.NewInt(int64(n))
		}
		return new(big.Int).Add(fib(n-1), fib(n-2))
	})
	fmt.Println(fib(90), *misses)
	fmt.Println(fib(50), *misses)
	grid, _ = Memo(func(k key) int {
		if k.a == 0 || k.b == 0 {
			return 1
		}
		return grid(key{k.a - 1, k.b}) + grid(key{k.a, k.b - 1})
	})
	fmt.Println("lattice paths 10x10:", grid(key{10, 10}))
	logging := func(prefix string) Middleware {
		return func(next Handler) Handler {
			return func(s string) string {
				return prefix + "(" + next(s) + ")"
			}
		}
	}
	chain := func(h Handler, ms ...Middleware) Handler {
		for i := len(ms) - 1; i >= 0; i-- {
			h = ms[i](h)
		}
		return h
	}
	h := chain(strings.ToUpper, logging("a"), logging("b"), func(next Handler) Handler {
		return func(s string) string { return next(strings.TrimSpace(s)) }
	})
	fmt.Println(h("  hello "))
	ops := map[string]func(float64, float64) float64{
		"add": func(a, b float64) float64 { return a + b },
		"pow": math.Pow,
		"max": math.Max,
		"hyp": math.Hypot,
	}
	for _, name := range slices.Sorted(maps.Keys(ops)) {
		fmt.Printf("%s(3,4)=%g ", name, ops[name](3, 4))
	}
	fmt.Println()
	a, b := &Counter{name: "a"}, &Counter{name: "b"}
	incs := []func() int{a.Inc, b.Inc, a.Inc, a.Inc}
	for _, f := range incs {
		f()
	}
	get := b.Get
	b.Inc()
	fmt.Println(a.Get(), b.Get(), get())
	funcs := make([]func() string, 0)
	for _, c := range []*Counter{a, b} {
		funcs = append(funcs, c.Get)
	}
	a.Inc()
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	incExpr := (*Counter).Inc
	getExpr := Counter.Get
	fmt.Println(incExpr(a), getExpr(*a))
	adders := make([]func(int) int, 3)
	for i := range adders {
		adders[i] = func(x int) int { return x + i*10 }
	}
	compose := func(fs ...func(int) int) func(int) int {
		return func(x int) int {
			for _, f := range fs {
				x = f(x)
			}
			return x
		}
	}
	fmt.Println(compose(adders...)(1), compose()(5), compose(adders[2], adders[2])(0))
}

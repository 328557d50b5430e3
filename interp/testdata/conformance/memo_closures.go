// Code generated from memo_closures.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math/big"
	"strings"
)

// Memoization and closures: a generic memoizer over comparable keys,
// recursive closures through a declared func variable, grid path counts
// with map[[2]int]int, and counters keyed by closures' names.
//
//line testdata/conformance/memo_closures.gos/_.go:1:1
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

var fibMisses *int

var paths func(r, c int) int

// counters built by a factory, with method-like closures in a struct
type Counter struct {
	Inc   func() int
	Reset func()
	Peek  func() int
}

func main() {
	fib, fibMisses = Memo(func(n int) *big.Int {
		if n < 2 {
			return big.NewInt(int64(n))
		}
		return new(big.Int).Add(fib(n-1), fib(n-2))
	})
	fmt.Println(fib(90), *fibMisses)
	fmt.Println(fib(91), *fibMisses)
	blocked := map[[2]int]bool{{1, 1}: true, {2, 3}: true}
	memo := map[[2]int]int{}
	paths = func(r, c int) int {
		if r < 0 || c < 0 || blocked[[2]int{r, c}] {
			return 0
		}
		if r == 0 && c == 0 {
			return 1
		}
		k := [2]int{r, c}
		if v, ok := memo[k]; ok {
			return v
		}
		v := paths(r-1, c) + paths(r, c-1)
		memo[k] = v
		return v
	}
	fmt.Println(paths(4, 4), len(memo), paths(2, 2))
	lev := func(a, b string) int {
		type key struct{ i, j int }
		m := map[key]int{}
		var d func(i, j int) int
		d = func(i, j int) int {
			if i == 0 {
				return j
			}
			if j == 0 {
				return i
			}
			if v, ok := m[key{i, j}]; ok {
				return v
			}
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(d(i-1, j)+1, d(i, j-1)+1, d(i-1, j-1)+cost)
			m[key{i, j}] = v
			return v
		}
		return d(len(a), len(b))
	}
	for _, p := range [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"gograd", "gograd"}} {
		fmt.Printf("%s -> %s: %d\n", p[0], p[1], lev(p[0], p[1]))
	}
	newCounter := func(step int) Counter {
		n := 0
		return Counter{
			Inc:   func() int { n += step; return n },
			Reset: func() { n = 0 },
			Peek:  func() int { return n },
		}
	}
	counters := map[string]Counter{"one": newCounter(1), "ten": newCounter(10)}
	for i := range 3 {
		for _, name := range []string{"one", "ten"} {
			if name == "ten" && i == 2 {
				counters[name].Reset()
				continue
			}
			counters[name].Inc()
		}
	}
	fmt.Println(counters["one"].Peek(), counters["ten"].Peek())
	sq, sqMiss := Memo(func(s string) int { return len(s) * len(s) })
	for _, w := range strings.Fields("a bb a ccc bb a") {
		sq(w)
	}
	fmt.Println(*sqMiss, sq("ccc"))
}

// Code generated from iter_pull_adapters.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

// Iterator adapters over iter.Seq/Seq2: generic Filter, Map, Take, Zip
// via iter.Pull, early termination with cleanup, and slices/maps helpers.
//
//line testdata/conformance/iter_pull_adapters.gos/_.go:1:1
func Count(start int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Filter[T any](s iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](s iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range s {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](s iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range s {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextB, stop := iter.Pull(b)
		defer stop()
		for va := range a {
			vb, ok := nextB()
			if !ok || !yield(va, vb) {
				return
			}
		}
	}
}

var cleanups []string

func Lines(text string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		defer func() { cleanups = append(cleanups, "lines closed") }()
		for i, l := range strings.Split(text, "\n") {
			if !yield(i+1, l) {
				return
			}
		}
	}
}

func main() {
	isPrime := func(n int) bool {
		if n < 2 {
			return false
		}
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				return false
			}
		}
		return true
	}
	primes := slices.Collect(Take(Filter(Count(1), isPrime), 10))
	fmt.Println(primes)
	squares := Map(Take(Count(1), 5), func(n int) string { return fmt.Sprintf("%d²=%d", n, n*n) })
	fmt.Println(slices.Collect(squares))
	for p, s := range Zip(Filter(Count(100), isPrime), slices.Values([]string{"a", "b", "c"})) {
		fmt.Print(p, ":", s, " ")
	}
	fmt.Println()
	text := "alpha\nbeta\n\ngamma\ndelta"
	for n, l := range Lines(text) {
		if l == "" {
			fmt.Println("blank at", n)
			break
		}
		fmt.Println(n, l)
	}
	fmt.Println(cleanups)
	next, stop := iter.Pull(Map(Count(0), func(i int) int { return i * 3 }))
	a, ok1 := next()
	b, ok2 := next()
	stop()
	c, ok3 := next()
	fmt.Println(a, ok1, b, ok2, c, ok3)
	ages := map[string]int{"ann": 31, "bob": 25, "cy": 40, "dee": 25}
	older := maps.Collect(func(yield func(string, int) bool) {
		for k, v := range ages {
			if v > 28 && !yield(strings.ToUpper(k), v) {
				return
			}
		}
	})
	fmt.Println(slices.Sorted(maps.Keys(older)), len(older))
	byAge := slices.SortedFunc(maps.Keys(ages), func(x, y string) int {
		return cmp.Or(cmp.Compare(ages[x], ages[y]), cmp.Compare(x, y))
	})
	fmt.Println(byAge)
	for i, w := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, w, " ")
	}
	fmt.Println()
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks, len(chunks))
	total := 0
	for v := range Take(Count(1), 100) {
		total += v
	}
	fmt.Println(total)
}

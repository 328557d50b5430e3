// Code generated from iter_producers.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

//line testdata/conformance/iter_producers.gos/_.go:1:1
func Count(start int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
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

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func main() {
	for v := range Take(Count(10), 4) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(Take(Count(1), 3)))
	for i, s := range Enumerate([]string{"a", "b", "c", "d"}) {
		if i == 1 {
			continue
		}
		if s == "d" {
			break
		}
		fmt.Println(i, s)
	}
	keys := slices.Sorted(maps.Keys(map[string]int{"z": 1, "a": 2, "m": 3}))
	fmt.Println(keys)
	next, stop := iter.Pull(Take(Count(100), 2))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", v)
	}
}

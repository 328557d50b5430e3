// Code generated from gen_iter_adapters.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strconv"
)

// Generic iterator adapters over iter.Seq / iter.Seq2 (Map, Filter, Take,
// Enumerate) chained over an infinite sequence, with break, slices.Collect
// and iter.Pull.
//
//line testdata/conformance/gen_iter_adapters.gos/_.go:1:1
func MapSeq[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func FilterSeq[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
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

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
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
	sq := MapSeq(FilterSeq(Naturals(), func(n int) bool { return n%3 == 0 }), func(n int) string { return strconv.Itoa(n * n) })
	fmt.Println(slices.Collect(Take(sq, 4)))
	for i, s := range Enumerate([]string{"a", "b", "c"}) {
		if i == 2 {
			break
		}
		fmt.Println(i, s)
	}
	total := 0
	for n := range Take(Naturals(), 5) {
		total += n
	}
	fmt.Println(total)
	keys := slices.Sorted(maps.Keys(map[string]int{"z": 1, "a": 2}))
	fmt.Println(keys)
	next, stop := iter.Pull(Take(Naturals(), 2))
	a, ok1 := next()
	b, ok2 := next()
	_, ok3 := next()
	stop()
	fmt.Println(a, ok1, b, ok2, ok3)
}

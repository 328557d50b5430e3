// Code generated from gen_misc_uses.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
)

// Less common uses of generics: recursion, function values of
// instantiations, partial explicit instantiation, generic types as map
// keys and channel elements, type switches and assertions on
// instantiations, shims (slices, maps) given generic types.
//
//line testdata/conformance/gen_misc_uses.gos/_.go:1:1
type Pair[A comparable, B any] struct {
	First  A
	Second B
}

type lnode[T any] struct {
	v    T
	next *lnode[T]
}

func Len[T any](n *lnode[T]) int {
	if n == nil {
		return 0
	}
	return 1 + Len(n.next)
}

func Build[T any](xs ...T) *lnode[T] {
	var head *lnode[T]
	for i := len(xs) - 1; i >= 0; i-- {
		head = &lnode[T]{xs[i], head}
	}
	return head
}

func Convert[To, From int | float64 | int64](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func Apply[T any](xs []T, f func(T) T) []T {
	for i := range xs {
		xs[i] = f(xs[i])
	}
	return xs
}

func Identity[T any](v T) T { return v }

func Is[T any](v any) bool {
	_, ok := v.(T)
	return ok
}

type Result[T any] struct {
	Val T
	Err error
}

func Async[T any](f func() (T, error)) <-chan Result[T] {
	ch := make(chan Result[T], 1)
	go func() {
		v, err := f()
		ch <- Result[T]{v, err}
	}()
	return ch
}

func main() {
	fmt.Println(Len(Build(1, 2, 3)), Len(Build("a")), Len[float64](nil))
	fmt.Println(Convert[float64]([]int{1, 2}), Convert[int]([]float64{1.9, -2.5}))
	inc := Identity[func(int) int](func(x int) int { return x + 1 })
	fmt.Println(Apply([]int{1, 2}, inc))
	id := Identity[string]
	fmt.Println(id("same"))
	seen := map[Pair[string, int]]bool{}
	seen[Pair[string, int]{"a", 1}] = true
	fmt.Println(seen[Pair[string, int]{"a", 1}], seen[Pair[string, int]{"a", 2}])
	var x any = Pair[string, int]{"k", 9}
	switch v := x.(type) {
	case Pair[int, int]:
		fmt.Println("int pair", v.First)
	case Pair[string, int]:
		fmt.Println("string pair", v.First, v.Second)
	}
	p, ok := x.(Pair[string, int])
	fmt.Println(p.Second, ok, Is[Pair[string, int]](x), Is[int](x))
	r := <-Async(func() (int, error) { return strconv.Atoi("42") })
	fmt.Println(r.Val, r.Err)
	r2 := <-Async(func() (float64, error) { return strconv.ParseFloat("x", 64) })
	fmt.Println(r2.Val, r2.Err != nil)
	pairs := []Pair[string, int]{{"b", 2}, {"a", 3}, {"c", 1}}
	slices.SortFunc(pairs, func(a, b Pair[string, int]) int { return cmp.Compare(a.Second, b.Second) })
	fmt.Println(pairs)
	byKey := map[string]Pair[string, int]{}
	for _, q := range pairs {
		byKey[q.First] = q
	}
	keys := slices.Sorted(maps.Keys(byKey))
	fmt.Println(keys, byKey["a"].Second)
	idx := slices.IndexFunc(pairs, func(q Pair[string, int]) bool { return q.First == "a" })
	fmt.Println(idx, slices.Contains(pairs, Pair[string, int]{"c", 1}))
}

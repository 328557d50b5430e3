// Code generated from generic_constraints2.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
)

//line testdata/conformance/generic_constraints2.gos/_.go:1:1
type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

type Circle struct{ R float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func (r Rect) Name() string { return "rect" }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }

func (c Circle) Name() string { return "circle" }

func Largest[S Shape](xs []S) S {
	var best S
	for i, x := range xs {
		if i == 0 || x.Area() > best.Area() {
			best = x
		}
	}
	return best
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	slices.SortFunc(out, func(a, b Pair[K, V]) int { return cmp.Compare(a.Key, b.Key) })
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	rs := []Rect{{1, 2}, {3, 4}, {2, 2}}
	fmt.Println(Largest(rs))
	shapes := []Shape{Rect{1, 1}, Circle{1}, Rect{2, 1}}
	b := Largest(shapes)
	fmt.Printf("%s %.3f\n", b.Name(), b.Area())
	ps := SortedPairs(map[string]int{"b": 2, "a": 1, "c": 3})
	fmt.Println(ps, ps[0])
	fmt.Println(SortedPairs(map[int]bool{3: true, 1: false}))
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens, Reduce(evens, "", func(a string, x int) string { return a + strconv.Itoa(x) }))
	total := Reduce(shapes, 0.0, func(a float64, s Shape) float64 { return a + s.Area() })
	fmt.Printf("%.4f\n", total)
}

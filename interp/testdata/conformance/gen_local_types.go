// Code generated from gen_local_types.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

// Generics instantiated with types declared inside a function, and a
// generic type embedded in a struct (its methods and fields promoted).
//
//line testdata/conformance/gen_local_types.gos/_.go:1:1
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Len() int { return len(s.items) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type History struct {
	Stack[string]
	name string
}

func run() {
	type point struct{ x, y int }
	pts := Map([]int{1, 2, 3}, func(i int) point { return point{i, i * i} })
	fmt.Println(pts)
	var s Stack[point]
	s.Push(point{0, 1})
	fmt.Println(s.Len(), s.items)
}

func main() {
	run()
	h := History{name: "h"}
	h.Push("a")
	h.Push("b")
	fmt.Println(h.Len(), h.items, h.Stack.Len(), h.name)
	fmt.Printf("%v %T\n", h, h.Stack)
}

// Code generated from gen_set_methods.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
	"strings"
)

// A generic Set[T comparable] with methods, used with several element
// types (a string, an int, a struct), printed through a String method.
//
//line testdata/conformance/gen_set_methods.gos/_.go:1:1
type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](items ...T) *Set[T] {
	s := &Set[T]{m: map[T]struct{}{}}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s *Set[T]) Add(v T) { s.m[v] = struct{}{} }

func (s *Set[T]) Remove(v T) { delete(s.m, v) }

func (s *Set[T]) Has(v T) bool { _, ok := s.m[v]; return ok }

func (s *Set[T]) Len() int { return len(s.m) }

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	out := NewSet[T]()
	for v := range s.m {
		out.Add(v)
	}
	for v := range o.m {
		out.Add(v)
	}
	return out
}

func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	out := NewSet[T]()
	for v := range s.m {
		if o.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func (s *Set[T]) Items() []T {
	out := make([]T, 0, len(s.m))
	for v := range s.m {
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool { return fmt.Sprint(out[i]) < fmt.Sprint(out[j]) })
	return out
}

func (s *Set[T]) String() string {
	parts := make([]string, 0, s.Len())
	for _, v := range s.Items() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

type Point struct{ X, Y int }

func main() {
	a := NewSet("apple", "pear", "fig")
	b := NewSet("fig", "kiwi")
	fmt.Println(a.Len(), b.Len(), a.Has("pear"), b.Has("pear"))
	fmt.Println(a.Union(b).String(), a.Intersect(b).String())
	a.Remove("apple")
	fmt.Println(a.Items())
	odd := NewSet[int]()
	for i := range 10 {
		if i%2 == 1 {
			odd.Add(i)
		}
	}
	small := NewSet(1, 2, 3, 4)
	fmt.Println(odd.Intersect(small).Items(), odd.Union(small).Len())
	pts := NewSet(Point{1, 2}, Point{3, 4})
	pts.Add(Point{1, 2})
	fmt.Println(pts.Len(), pts.Has(Point{3, 4}), pts.Has(Point{4, 3}))
	fmt.Println(pts.Items())
}

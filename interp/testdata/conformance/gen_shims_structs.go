// Code generated from gen_shims_structs.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

// The slices, maps and cmp shims called from generic methods and with
// script-defined struct types (Contains, Index, Equal, Clone, Insert).
//
//line testdata/conformance/gen_shims_structs.gos/_.go:1:1
type Set[T cmp.Ordered] struct{ m map[T]bool }

func NewSet[T cmp.Ordered](xs ...T) Set[T] {
	s := Set[T]{map[T]bool{}}
	for _, x := range xs {
		s.m[x] = true
	}
	return s
}

func (s Set[T]) Sorted() []T { return slices.Sorted(maps.Keys(s.m)) }

func (s Set[T]) Has(x T) bool { return slices.Contains(s.Sorted(), x) }

func (s Set[T]) Max() T { return slices.Max(s.Sorted()) }

type Pt struct{ X, Y int }

func main() {
	a := NewSet(3, 1, 2)
	fmt.Println(a.Sorted(), a.Has(2), a.Has(5), a.Max())
	b := NewSet("b", "a")
	fmt.Println(b.Sorted(), b.Max(), cmp.Compare(a.Max(), 3))
	pts := []Pt{{1, 2}, {3, 4}}
	fmt.Println(slices.Index(pts, Pt{3, 4}), slices.Equal(pts, []Pt{{1, 2}, {3, 4}}))
	m := map[Pt]string{{1, 2}: "a"}
	m2 := maps.Clone(m)
	m2[Pt{0, 0}] = "z"
	fmt.Println(len(m), len(m2), maps.Equal(m, m2))
	ys := slices.Insert([]Pt{{0, 0}}, 1, Pt{9, 9})
	fmt.Println(ys)
}

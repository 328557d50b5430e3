// Code generated from compiled_generic_helpers.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

// Session interface values and keys with methods through the generic
// slices and maps helpers.
//
//line testdata/conformance/compiled_generic_helpers.gos/_.go:1:1
type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func (s Sq) String() string { return fmt.Sprintf("Sq%g", s.S) }

type Key struct{ A, B int }

func (k Key) String() string { return fmt.Sprintf("%d/%d", k.A, k.B) }

func main() {
	shapes := []Shape{Sq{3}, Sq{1}, Sq{2}}
	slices.SortFunc(shapes, func(a, b Shape) int { return cmp.Compare(a.Area(), b.Area()) })
	fmt.Println(shapes)
	fmt.Println(slices.IndexFunc(shapes, func(s Shape) bool { return s.Area() > 3 }))
	mx := slices.MaxFunc(shapes, func(a, b Shape) int { return cmp.Compare(a.Area(), b.Area()) })
	fmt.Println(mx, mx.Area())
	shapes = slices.DeleteFunc(shapes, func(s Shape) bool { return s.Area() == 1 })
	fmt.Println(shapes, len(shapes))
	shapes = slices.Insert(shapes, 0, Shape(Sq{9}))
	fmt.Println(shapes)
	m := map[Key]Shape{{1, 2}: Sq{1}, {0, 1}: Sq{2}}
	keys := slices.Collect(maps.Keys(m))
	slices.SortFunc(keys, func(a, b Key) int { return cmp.Compare(a.A, b.A) })
	fmt.Println(keys, m[keys[0]])
	vals := slices.SortedFunc(maps.Values(m), func(a, b Shape) int { return cmp.Compare(a.Area(), b.Area()) })
	fmt.Println(vals)
	groups := map[string][]Shape{}
	for _, s := range []Shape{Sq{1}, Sq{2}, Sq{1}} {
		k := fmt.Sprint(s)
		groups[k] = append(groups[k], s)
	}
	fmt.Println(len(groups), groups["Sq1"])
	cl := maps.Clone(m)
	fmt.Println(len(cl), cl[Key{1, 2}])
	idx := slices.IndexFunc(keys, func(k Key) bool { return k == Key{1, 2} })
	fmt.Println(idx)
}

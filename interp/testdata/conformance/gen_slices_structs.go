// Code generated from gen_slices_structs.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

// The generic functions of slices, maps and cmp over a script-defined
// struct element type.
//
//line testdata/conformance/gen_slices_structs.gos/_.go:1:1
type P struct {
	N string
	A int
}

func main() {
	ps := []P{{"b", 2}, {"a", 1}, {"c", 3}, {"a", 1}}
	fmt.Println(slices.Concat(ps[:1], ps[2:3]))
	for c := range slices.Chunk(ps, 3) {
		fmt.Println(len(c))
	}
	byA := func(x, y P) int { return cmp.Compare(x.A, y.A) }
	fmt.Println(slices.MinFunc(ps, byA), slices.MaxFunc(ps, byA))
	s2 := slices.Clone(ps)
	slices.SortStableFunc(s2, byA)
	fmt.Println(s2, slices.IsSortedFunc(s2, byA))
	i, found := slices.BinarySearchFunc(s2, 3, func(p P, t int) int { return cmp.Compare(p.A, t) })
	fmt.Println(i, found)
	fmt.Println(slices.CompactFunc(slices.Clone(s2), func(x, y P) bool { return x == y }))
	fmt.Println(slices.DeleteFunc(slices.Clone(ps), func(p P) bool { return p.N == "a" }))
	fmt.Println(slices.EqualFunc(ps, s2, func(x, y P) bool { return x.N == y.N }))
	fmt.Println(slices.Repeat([]P{{"x", 0}}, 2), len(slices.Grow(ps, 10)))
	m := maps.Collect(slices.All(ps))
	fmt.Println(len(m), m[0])
	maps.DeleteFunc(m, func(k int, v P) bool { return v.A > 1 })
	fmt.Println(len(m))
	vals := slices.Collect(maps.Values(map[string]P{"k": {"v", 9}}))
	fmt.Println(vals)
	fmt.Println(cmp.Or(P{}, P{"z", 1}))
}

// Code generated from struct_equality_keys.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"slices"
)

// Struct equality and copying: comparable structs with arrays and
// embedded structs as map keys, anonymous structs, == on interfaces
// holding structs, and deduplication by value.
//
//line testdata/conformance/struct_equality_keys.gos/_.go:1:1
type Point struct{ X, Y int }

type Segment struct {
	A, B Point
}

type Tagged struct {
	Point
	Tag  string
	Dims [2]int
}

func (s Segment) Norm() Segment {
	if s.B.X < s.A.X || s.B.X == s.A.X && s.B.Y < s.A.Y {
		s.A, s.B = s.B, s.A
	}
	return s
}

// copying a struct with a slice shares the slice, an array does not
type Bag struct {
	Items []string
	Top   [2]string
}

func main() {
	segs := []Segment{
		{Point{0, 0}, Point{1, 1}},
		{Point{1, 1}, Point{0, 0}},
		{Point{2, 3}, Point{2, 1}},
		{Point{2, 1}, Point{2, 3}},
		{Point{5, 5}, Point{5, 5}},
	}
	seen := map[Segment]int{}
	for i, s := range segs {
		n := s.Norm()
		if first, ok := seen[n]; ok {
			fmt.Printf("segment %d duplicates %d: %v\n", i, first, n)
			continue
		}
		seen[n] = i
	}
	fmt.Println(len(seen), segs[0] == segs[1].Norm(), segs[0] != segs[1])
	t1 := Tagged{Point{1, 2}, "a", [2]int{3, 4}}
	t2 := t1
	t2.Dims[1] = 9
	t3 := t1
	fmt.Println(t1 == t2, t1 == t3, t2.Dims, t1.Dims, t1.X, t2.Point == t1.Point)
	byTag := map[Tagged]string{t1: "one", t2: "two"}
	fmt.Println(byTag[t3], byTag[Tagged{Point{1, 2}, "a", [2]int{3, 9}}], len(byTag))
	cfg := struct {
		Name string
		Port int
	}{"srv", 8080}
	other := struct {
		Name string
		Port int
	}{"srv", 8080}
	fmt.Println(cfg == other, cfg)
	pairs := map[struct{ a, b string }]bool{{"x", "y"}: true}
	fmt.Println(pairs[struct{ a, b string }{"x", "y"}], pairs[struct{ a, b string }{"y", "x"}])
	// interfaces holding structs compare by dynamic type and value
	var i1, i2 any = Point{1, 2}, Point{1, 2}
	var i3 any = Segment{}
	fmt.Println(i1 == i2, i1 == i3, i1 != nil)
	keys := map[any]int{Point{0, 1}: 1, "p": 2, 3: 3}
	keys[Point{0, 1}]++
	fmt.Println(keys[Point{0, 1}], len(keys))
	pts := []Point{{3, 1}, {1, 2}, {3, 1}, {0, 0}, {1, 2}, {1, 2}}
	slices.SortFunc(pts, func(a, b Point) int { return cmp.Or(cmp.Compare(a.X, b.X), cmp.Compare(a.Y, b.Y)) })
	pts = slices.Compact(pts)
	fmt.Println(pts, slices.Contains(pts, Point{0, 0}), slices.Index(pts, Point{3, 1}))
	b1 := Bag{Items: []string{"a", "b"}, Top: [2]string{"a", "b"}}
	b2 := b1
	b2.Items[0] = "A"
	b2.Top[0] = "A"
	fmt.Println(b1.Items, b1.Top, b2.Items, b2.Top)
	ptr := &segs[2]
	cp := *ptr
	cp.A.X = 99
	ptr.B.Y = 77
	fmt.Println(segs[2], cp)
}

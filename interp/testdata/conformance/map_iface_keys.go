// Code generated from map_iface_keys.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

// Maps keyed by a session interface, and map[any] keyed by values of
// session types with methods: equal keys meet, whatever expression made
// them.
//
//line testdata/conformance/map_iface_keys.gos/_.go:1:1
type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

type Sq float64

func (r Rect) Area() float64 { return r.W * r.H }

func (s Sq) Area() float64 { return float64(s * s) }

func (s Sq) String() string { return fmt.Sprintf("sq%g", float64(s)) }

type Pair struct{ A, B string }

func (p Pair) Swap() Pair { return Pair{p.B, p.A} }

func main() {
	counts := map[Shape]int{Rect{1, 1}: 1}
	counts[Rect{1, 1}] += 2
	counts[Rect{2, 1}]++
	var k Shape = Rect{2, 1}
	counts[k]++
	counts[Sq(3)] = 7
	v, ok := counts[Sq(3)]
	fmt.Println(len(counts), counts[Rect{1, 1}], counts[k], v, ok)
	delete(counts, Sq(3))
	_, ok = counts[Sq(3)]
	fmt.Println(len(counts), ok)
	total := 0.0
	for s, n := range counts {
		total += s.Area() * float64(n)
	}
	fmt.Println(total)
	seen := map[any]int{}
	for _, x := range []any{Sq(2), Sq(2), Rect{1, 2}, Rect{1, 2}, "s", 4} {
		seen[x]++
	}
	fmt.Println(len(seen), seen[Sq(2)], seen[Rect{1, 2}], seen["s"])
	r := Rect{1, 2}
	fmt.Println(seen[any(r)], seen[r])
	byPair := map[any]string{}
	byPair[Pair{"a", "b"}] = "ab"
	byPair[Pair{"a", "b"}.Swap()] = "ba"
	fmt.Println(len(byPair), byPair[Pair{"b", "a"}])
}

// Code generated from iface_maps_chans.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
)

// Maps keyed by a session interface printed whole, channels of it, and
// sort.Sort over a named slice of it.
//
//line testdata/conformance/iface_maps_chans.gos/_.go:1:1
type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

type Sq float64

func (r Rect) Area() float64 { return r.W * r.H }

func (s Sq) Area() float64 { return float64(s * s) }

func (s Sq) String() string { return fmt.Sprintf("sq%g", float64(s)) }

type byArea []Shape

func (b byArea) Len() int { return len(b) }

func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }

func (b byArea) Swap(i, j int) { b[i], b[j] = b[j], b[i] }

func main() {
	counts := map[Shape]int{Sq(2): 3, Sq(1): 1}
	counts[Sq(2)]++
	fmt.Println(counts, len(counts))
	rects := map[Shape]string{Rect{1, 1}: "unit", Rect{2, 1}: "wide"}
	fmt.Printf("%v\n", rects)
	names := map[string]Shape{"a": Sq(3), "b": Rect{1, 2}}
	fmt.Println(names)
	ch := make(chan Shape, 2)
	ch <- Sq(5)
	ch <- Rect{1, 3}
	close(ch)
	for s := range ch {
		fmt.Println(s, s.Area())
	}
	sh := []Shape{Sq(3), Rect{1, 1}, Sq(1), Rect{2, 3}}
	sort.Sort(byArea(sh))
	fmt.Println(sh, byArea(sh))
}

// Code generated from iface_slices_print.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
)

// Slices, maps and struct fields of a session interface type printed
// whole, and their elements through the interface.
//
//line testdata/conformance/iface_slices_print.gos/_.go:1:1
type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

type Circle struct{ R float64 }

type Square float64

func (r Rect) Area() float64 { return r.W * r.H }

func (r Rect) Name() string { return "rect" }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

func (c Circle) Name() string { return "circle" }

func (s Square) Area() float64 { return float64(s * s) }

func (s Square) Name() string { return "square" }

func (s Square) String() string {
	return fmt.Sprintf("□%g", float64(s))
}

type Scene struct {
	Title  string
	Main   Shape
	Others []Shape
}

var arr [2]Shape

func main() {
	shapes := []Shape{Rect{2, 3}, Circle{1}, Square(2)}
	fmt.Println(shapes)
	fmt.Printf("%v|%+v\n", shapes, shapes[:1])
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	fmt.Println(shapes, len(shapes))
	byName := map[string]Shape{}
	for _, s := range shapes {
		byName[s.Name()] = s
	}
	fmt.Println(byName)
	groups := map[string][]Shape{"big": {Rect{5, 5}}, "small": {Square(1), Circle{0.5}}}
	fmt.Println(groups)
	sc := Scene{"demo", Circle{2}, shapes[:2]}
	fmt.Println(sc)
	fmt.Printf("%+v\n", sc)
	arr[0] = Square(3)
	fmt.Println(arr)
	all := []any{shapes[0], Square(4), "x"}
	fmt.Println(all)
}

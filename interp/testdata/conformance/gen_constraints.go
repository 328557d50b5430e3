// Code generated from gen_constraints.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
)

// Constraints with ~ unions, methods, and both; named types satisfying
// them; a generic over a slice type parameter S ~[]E keeping S.
//
//line testdata/conformance/gen_constraints.gos/_.go:1:1
type Number interface {
	~int | ~int64 | ~float64
}

type Meters float64

type Score int

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

type Circle struct{ R float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func (r Rect) Name() string { return "rect" }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

func (c Circle) Name() string { return "circle" }

// StringerNumber is a number with a String method.
type StringerNumber interface {
	Number
	String() string
}

type Cents int

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

func Largest[S Shape](shapes []S) S {
	best := shapes[0]
	for _, s := range shapes[1:] {
		if s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func TotalArea[S Shape](shapes ...S) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func Describe[T StringerNumber](xs []T) string {
	var parts []string
	for _, x := range xs {
		parts = append(parts, x.String())
	}
	return strings.Join(parts, "+") + "=" + Sum(xs).String()
}

type Path []Meters

func main() {
	fmt.Println(Sum([]Meters{1.5, 2.25}), Sum([]Score{3, 4}), Sum([]int64{1 << 40, 1}))
	p := Scale(Path{1, 2, 3}, 2)
	fmt.Printf("%v %T\n", p, p)
	fmt.Printf("%T\n", Sum([]Score{1}))
	fmt.Println(Scale([]int{1, 2}, 3))
	rects := []Rect{{1, 2}, {3, 4}, {2, 2}}
	fmt.Println(Largest(rects), TotalArea(rects...))
	shapes := []Shape{Rect{1, 1}, Circle{2}, Rect{5, 1}}
	top := Largest(shapes)
	fmt.Println(top.Name(), top.Area(), TotalArea(shapes...))
	fmt.Println(TotalArea(Circle{1}, Circle{2}))
	fmt.Println(Describe([]Cents{199, 1}))
}

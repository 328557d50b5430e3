// Code generated from method_exprs.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/method_exprs.gos/_.go:1:1
type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int) { p.X *= k; p.Y *= k }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	p := Point{1, 2}
	add := p.Add
	p = Point{10, 20}
	fmt.Println(add(Point{1, 1}))
	addExpr := Point.Add
	fmt.Println(addExpr(Point{3, 4}, Point{5, 6}))
	scale := (*Point).Scale
	q := &Point{2, 3}
	scale(q, 3)
	fmt.Println(q, *q)
	sc := q.Scale
	sc(2)
	fmt.Println(q)
	fs := []func() string{p.String, q.String}
	q.X = 0
	for _, f := range fs {
		fmt.Println(f())
	}
	str := fmt.Stringer(p)
	fmt.Printf("%v %s %d\n", str, p, p)
}

// Code generated from shapes_sorted.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
)

//line testdata/conformance/shapes_sorted.gos/_.go:1:1
type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ R float64 }

type Rect struct{ W, H float64 }

type Square struct{ Rect }

func (c *Circle) Area() float64 { return math.Pi * c.R * c.R }

func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func (c *Circle) String() string { return fmt.Sprintf("Circle(r=%.1f)", c.R) }

func (r Rect) Area() float64 { return r.W * r.H }

func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

func (r Rect) String() string { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

var shapes []Shape

var sh Shape

func main() {
	for i := 1; i <= 3; i++ {
		shapes = append(shapes, &Circle{float64(i)})
		shapes = append(shapes, Rect{float64(i), float64(i + 1)})
	}
	shapes = append(shapes, NewSquare(2.5))
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		kind := "?"
		switch v := s.(type) {
		case *Circle:
			kind = "circle r=" + strconv.FormatFloat(v.R, 'f', 1, 64)
		case Square:
			kind = fmt.Sprintf("square side=%g", v.W)
		case Rect:
			kind = fmt.Sprintf("rect %gx%g", v.W, v.H)
		}
		fmt.Printf("%-16s area=%7.3f perim=%7.3f\n", kind, s.Area(), s.Perimeter())
	}
	fmt.Printf("total %.2f\n", total)
	largest := shapes[len(shapes)-1]
	fmt.Printf("%.3f\n", largest.Area())
	c := &Circle{10}
	fmt.Println(c, Rect{1, 2})
	fmt.Printf("%v %s\n", c, Rect{3, 4})
	counts := map[string]int{}
	for _, s := range shapes {
		if _, ok := s.(*Circle); ok {
			counts["circle"]++
		} else {
			counts["polygon"]++
		}
	}
	fmt.Println(counts)
	fmt.Println(sh == nil)
	sh = c
	c.R = 1
	fmt.Printf("%.4f\n", sh.Area())
}

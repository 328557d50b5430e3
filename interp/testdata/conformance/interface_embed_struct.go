// Code generated from interface_embed_struct.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math"
	"sort"
)

//line testdata/conformance/interface_embed_struct.gos/_.go:1:1
type Logger interface {
	Log(string)
}

type prefixLogger struct {
	prefix string
	lines  *[]string
}

func (p prefixLogger) Log(s string) { *p.lines = append(*p.lines, p.prefix+s) }

type Service struct {
	Logger
	name string
}

func (s *Service) Run() {
	s.Log("running " + s.name)
}

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

type Circle struct{ R float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

func (c *Circle) Area() float64 { return math.Pi * c.R * c.R }

func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

var lines []string

var s Shape

var cp *Circle

func main() {
	svc := &Service{Logger: prefixLogger{"[svc] ", &lines}, name: "api"}
	svc.Run()
	svc.Logger.Log("direct")
	fmt.Println(lines)
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	for _, s := range shapes {
		fmt.Printf("%T %.2f %.2f\n", s, s.Area(), s.Perimeter())
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	fmt.Printf("%T\n", shapes[0])
	fmt.Println(s == nil)
	s = cp
	fmt.Println(s == nil, s != nil)
	if r, ok := shapes[1].(Rect); ok {
		fmt.Println("rect", r.W)
	}
}

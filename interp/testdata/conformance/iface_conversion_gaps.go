// Code generated from iface_conversion_gaps.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

// Interface conversions the session does not reproduce yet (see
// known_failures.txt).
//
//line testdata/conformance/iface_conversion_gaps.gos/_.go:1:1
type Getter interface{ Get() int }

type Setter interface{ Set(v int) }

type Shape interface{ Area() float64 }

type Val struct {
	v   int
	tag string
}

func (x Val) Get() int { return x.v }

type Box struct{ v int }

func (b *Box) Set(v int) { b.v = v }

func (b *Box) Get() int { return b.v }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return c.R }

func (c *Circle) String() string { return fmt.Sprint("circle ", c.R) }

func main() {
	v := Val{v: 3}
	g := Getter(v)
	v.v = 9
	fmt.Println(g.Get(), v.Get())
	_, isSetter := any(&Box{}).(Setter)
	fmt.Println(isSetter)
	shapes := []Shape{&Circle{1}, &Circle{2}}
	fmt.Println(shapes[1].(fmt.Stringer).String())
}

// Code generated from session_struct_values.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
)

//line testdata/conformance/session_struct_values.gos/_.go:1:1
type Vec struct{ X, Y int }

func (v Vec) String() string { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }

func (v Vec) Len2() int { return v.X*v.X + v.Y*v.Y }

type Status struct {
	Code int
	Msg  string
}

func (s Status) Error() string { return fmt.Sprintf("status %d: %s", s.Code, s.Msg) }

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

type Rc struct{ W, H float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func (r *Rc) Area() float64 { return r.W * r.H }

func main() {
	v := Vec{3, 4}
	fmt.Printf("%v %s %d %+d %#v\n", v, v, v, v, v)
	l := v.Len2
	v = Vec{1, 1}
	fmt.Println(l(), v.Len2())
	var st fmt.Stringer = Vec{5, 6}
	fmt.Println(fmt.Stringer(v), st)
	err := errors.Join(Status{404, "missing"}, errors.New("plain"))
	fmt.Println(err)
	w := fmt.Errorf("ctx: %w", Status{500, "boom"})
	fmt.Println(w)
	fmt.Printf("%#v\n", Status{1, "x"})
	for _, s := range []Shape{Sq{2}, &Rc{2, 3}} {
		fmt.Printf("%T %.1f\n", s, s.Area())
	}
}

// Code generated from gen_fmt_types.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

// Generic structs printed with %v, %+v, %T and %#v, Println of a generic
// type with a String method, nested instantiations.
//
//line testdata/conformance/gen_fmt_types.gos/_.go:1:1
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Box[T any] struct {
	Items []T
	Label string
}

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func None[T any]() Opt[T] { return Opt[T]{} }

func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

func (o Opt[T]) Get() (T, bool) { return o.v, o.ok }

type Celsius float64

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Printf("%v|%+v|%T\n", p, p, p)
	fmt.Printf("%#v\n", p)
	pp := &Pair[string, Celsius]{"t", 21.5}
	fmt.Printf("%v %+v %T\n", pp.Val, *pp, pp)
	b := Box[Pair[string, int]]{Items: []Pair[string, int]{p, {"b", 2}}, Label: "pairs"}
	fmt.Printf("%v\n%+v\n%T\n", b, b, b)
	fmt.Printf("%T %T\n", Box[[]int]{}, Box[map[string]bool]{})
	o := Some(42)
	fmt.Println(o, None[string]())
	fmt.Printf("%v %s %T\n", o, Some("x"), o)
	v, ok := o.Get()
	fmt.Println(v, ok)
	ps := []Pair[string, int]{{"x", 1}, {"y", 2}}
	fmt.Println(ps, len(ps))
	m := map[string]Pair[int, bool]{"k": {1, true}}
	fmt.Println(m)
	fmt.Println(fmt.Sprintf("%T", ps))
}

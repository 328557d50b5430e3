// Code generated from fmt_type_names.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// %T and %#v across kinds of types: generic instances, named slices and
// maps, pointers, funcs, channels, anonymous structs, arrays, and values
// inside interfaces and containers.
//
//line testdata/conformance/fmt_type_names.gos/_.go:1:1
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Stack[T any] []T

type Grid [2][3]int

type Handler func(string) error

type Temp float64

type Node struct {
	Name     string
	Children []*Node
	Meta     map[string]any
}

var g Grid

type Inner struct{ A int }

type Outer struct {
	Inner
	B []*Inner
	C []Inner
}

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Printf("%T|%v|%+v\n", p, p, p)
	fmt.Printf("%#v\n", p)
	pp := &Pair[int, []string]{2, []string{"x"}}
	fmt.Printf("%T|%v|%+v\n", pp, *pp, pp)
	s := Stack[float64]{1.5, 2}
	fmt.Printf("%T|%v|%#v|%d\n", s, s, s, len(s))
	g[1][2] = 7
	fmt.Printf("%T|%v|%#v\n", g, g, g)
	var h Handler = func(s string) error { return nil }
	fmt.Printf("%T|%v\n", h, h == nil)
	t := Temp(21.5)
	fmt.Printf("%T|%v|%#v|%.2f\n", t, t, t, t)
	anon := struct {
		ID   int
		Tags []string
	}{7, []string{"a"}}
	fmt.Printf("%T|%v|%+v\n", anon, anon, anon)
	fmt.Printf("%#v\n", anon)
	n := &Node{Name: "root", Children: []*Node{{Name: "leaf"}}, Meta: map[string]any{"depth": 0}}
	fmt.Printf("%T|%v|%+v\n", n.Children, len(n.Children), *n.Children[0])
	fmt.Printf("%#v\n", n.Meta)
	ch := make(chan Pair[string, bool], 1)
	fmt.Printf("%T|%d|%d\n", ch, len(ch), cap(ch))
	things := []any{anon, 3, "x", nil, []int{1}, map[string]int{"k": 1}, n.Meta}
	for _, x := range things {
		fmt.Printf("%T ", x)
	}
	fmt.Println()
	fmt.Printf("%v\n", things)
	fmt.Printf("%T %T %T\n", fmt.Println, strings.ToUpper, func(a, b int) (int, error) { return 0, nil })
	fmt.Printf("%T %T %T %T\n", errors.New("e"), fmt.Errorf("w: %w", errors.New("e")), time.Second, time.Month(3))
	fmt.Printf("%#v %#v %#v %#v\n", []string{"a"}, map[string]int{"z": 1, "a": 2}, 'x', "q\"")
	fmt.Printf("%#v %#v %#v\n", [2]bool{true}, struct{}{}, (*int)(nil))
	o := Outer{Inner{1}, nil, []Inner{{3}}}
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o.C)
	fmt.Printf("%v %+v\n", Pair[string, Pair[int, bool]]{"k", Pair[int, bool]{1, true}}, []Pair[string, int]{{"x", 9}})
}

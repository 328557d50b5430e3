// Code generated from assert_panic_names.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

// The messages of failed type assertions name the session's types.
//
//line testdata/conformance/assert_panic_names.gos/_.go:1:1
func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

type T struct{ X int }

type C float64

func (c C) M() {}

type I interface{ M() }

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func area(v any) float64 { return v.(Shape).Area() }

func main() {
	try("1", func() { var v any = T{1}; _ = v.(int) })
	try("2", func() { var v any = 3; _ = v.(T) })
	try("3", func() { var v any = T{1}; _ = v.(fmt.Stringer) })
	try("5", func() { var v any = T{1}; _ = v.(I) })
	try("7", func() { var v any; _ = v.(T) })
	try("8", func() { var v I; _ = v.(C) })
	try("9", func() { fmt.Println(area(Sq{2})); fmt.Println(area(T{3})) })
	try("10", func() { var s Shape = Sq{1}; _ = s.(interface{ Perimeter() float64 }) })
}

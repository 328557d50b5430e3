// Code generated from compiled_equality.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
)

// Equality of session values held in interfaces inside containers and
// struct fields: ==, reflect.DeepEqual, slices and maps helpers.
//
//line testdata/conformance/compiled_equality.gos/_.go:1:1
type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Named string

func (n Named) Area() float64 { return float64(len(n)) }

type Box struct{ S Shape }

type ABox struct{ S any }

func main() {
	a := []Shape{Sq{1}, Sq{2}}
	b := []Shape{Sq{1}, Sq{2}}
	fmt.Println(reflect.DeepEqual(a, b), slices.Equal(a, b))
	c := []Shape{Sq{1}, Named("x")}
	d := []Shape{Sq{1}, Named("x")}
	fmt.Println(reflect.DeepEqual(c, d), slices.Equal(c, d), reflect.DeepEqual(a, c))
	m1 := map[string]Shape{"a": Sq{3}}
	m2 := map[string]Shape{"a": Sq{3}}
	fmt.Println(reflect.DeepEqual(m1, m2), maps.Equal(m1, m2))
	x := []any{Sq{1}, 2, "s"}
	y := []any{Sq{1}, 2, "s"}
	fmt.Println(reflect.DeepEqual(x, y), slices.Equal(x, y))
	fmt.Println(slices.Index(a, Shape(Sq{2})), slices.Contains(c, Shape(Named("x"))))
	fmt.Println(reflect.DeepEqual(Box{Sq{1}}, Box{Sq{1}}), Box{Sq{1}} == Box{Sq{1}})
	x2 := []any{Sq{1}, 2}
	y2 := []any{Sq{1}, 2}
	fmt.Println(x2[0] == y2[0], x2[1] == y2[1])
	var a2, b2 any = Sq{1}, Sq{1}
	fmt.Println(a2 == b2)
	fmt.Println(ABox{Sq{1}} == ABox{Sq{1}})
	bx, by := ABox{Sq{1}}, ABox{Sq{1}}
	fmt.Println(bx == by, bx.S == by.S)
	m3 := map[any]int{}
	m3[x2[0]]++
	m3[y2[0]]++
	fmt.Println(len(m3))
	fmt.Println(slices.Contains(x2, any(Sq{1})), slices.Index(y2, x2[0]))
	eq := func(a, b any) bool { return a == b }
	fmt.Println(eq(x2[0], y2[0]), eq(x2[0], 3), x2[0] != y2[0], x2[0] != x2[1])
	for i, v := range x2 {
		fmt.Println(i, v == y2[i], v != y2[1-i])
	}
}

// Code generated from stringer_results.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
)

//line testdata/conformance/stringer_results.gos/_.go:1:1
type Vec struct{ X, Y float64 }

func (v Vec) Add(w Vec) Vec { return Vec{v.X + w.X, v.Y + w.Y} }

func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k} }

func (v Vec) String() string { return fmt.Sprintf("<%g, %g>", v.X, v.Y) }

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

func total(items ...Money) Money {
	var t Money
	for _, it := range items {
		t += it
	}
	return t
}

func NewVec(x, y float64) Vec { return Vec{x, y} }

type ParseError struct{ Line int }

func (e ParseError) Error() string { return fmt.Sprintf("parse error on line %d", e.Line) }

func parse(line int) ParseError { return ParseError{line} }

var sb strings.Builder

func main() {
	a := NewVec(1, 2)
	fmt.Println(a.Add(NewVec(3, 4)), a.Scale(2).Add(a))
	fmt.Println(NewVec(0.5, 0), total(150, 275))
	fmt.Printf("%v | %s | %d\n", total(1999), total(5), total(7))
	s := fmt.Sprint(a.Scale(10), " and ", total(100))
	fmt.Println(s)
	fmt.Println(parse(3))
	fmt.Fprintf(&sb, "[%v]", NewVec(9, 9))
	fmt.Println(sb.String())
}

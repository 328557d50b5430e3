// Code generated from any_containers_methods.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

// Values of session types with methods held in containers of any:
// []any, map[string]any, struct fields of type any, nested, spread.
//
//line testdata/conformance/any_containers_methods.gos/_.go:1:1
type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Node struct{ Name string }

func (n *Node) String() string { return "node:" + n.Name }

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Plain struct {
	A int
	B string
}

type Row struct {
	Label string
	Vals  []any
}

var errs []any

type Wrapper struct {
	Data any
	More map[string]any
}

func main() {
	xs := []any{Celsius(21.5), Money(1999), Point{1, 2}, &Node{"n1"}, NotFound{"k"}, Plain{1, "x"}, 3.5, "s", nil}
	fmt.Println(xs)
	fmt.Println(xs...)
	fmt.Printf("%v|%s\n", xs[:3], xs[1:2])
	fmt.Println(len(fmt.Sprint(xs)) > 0, fmt.Sprint(xs[0]), fmt.Sprintf("%v", xs[2]))
	m := map[string]any{"temp": Celsius(-3), "price": Money(250), "at": Point{0, 0}, "n": 7}
	fmt.Println(m)
	rows := []Row{{"a", []any{Point{3, 4}, Money(5)}}, {"b", nil}}
	fmt.Println(rows)
	fmt.Printf("%+v\n", rows[0])
	grid := [][]any{{Celsius(1), 2}, {Money(3), Point{5, 6}}}
	fmt.Println(grid)
	errs = append(errs, NotFound{"a"}, errors.New("plain"), NotFound{"b"})
	fmt.Println(errs)
	w := Wrapper{Data: Money(42), More: map[string]any{"p": Point{7, 8}}}
	fmt.Println(w)
	fmt.Printf("%v\n", &w)
	b, err := json.Marshal(map[string]any{"c": Celsius(2), "p": Point{1, 1}, "list": []any{Money(1), Plain{2, "y"}}})
	fmt.Println(string(b), err)
	b, _ = json.Marshal(xs[:6])
	fmt.Println(string(b))
}

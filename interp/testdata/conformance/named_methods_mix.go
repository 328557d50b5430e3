// Code generated from named_methods_mix.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
	"strings"
)

// Defined non-struct types with methods (pointer receivers, String on two
// int types, methods on array, string and func types) in interfaces, type
// switches and %T.
//
//line testdata/conformance/named_methods_mix.gos/_.go:1:1
type Counter int

func (c *Counter) Inc() { *c++ }

func (c Counter) String() string { return fmt.Sprintf("#%d", int(c)) }

type Incer interface{ Inc() }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

var names = [...]string{"Sun", "Mon", "Tue"}

func (d Weekday) String() string { return names[d] }

func (d Weekday) Next() Weekday { return (d + 1) % 3 }

type Money int64

type Cents = Money

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Celsius float64

type Kelvin float64

func CToK(c Celsius) Kelvin { return Kelvin(c + 273.15) }

type Matrix [2][2]int

type Word string

func (w Word) Upper() Word { return Word(strings.ToUpper(string(w))) }

type Visitor func(int) bool

func (v Visitor) Visit(xs []int) int {
	n := 0
	for _, x := range xs {
		if v(x) {
			n++
		}
	}
	return n
}

var c Counter

var i Incer = &c

var ifs []any

func main() {
	i.Inc()
	i.Inc()
	fmt.Println(c, int(c), &c != nil)
	var s fmt.Stringer = c
	fmt.Println(s, s.String())
	d := Monday
	fmt.Println(d, d.Next(), d.Next().Next(), []Weekday{Sunday, Tuesday})
	switch d {
	case Sunday:
		fmt.Println("weekend")
	case Monday, Tuesday:
		fmt.Println("weekday", int(d))
	}
	days := map[Weekday]int{Monday: 1, Tuesday: 2}
	keys := make([]Weekday, 0)
	for k := range days {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
	fmt.Println(keys, fmt.Sprintf("%v %d %s", keys[0], keys[0], keys[1]))
	var m Cents = 1234
	total := m * 3
	fmt.Println(m, total, total > 3000, Money(5)+m)
	fmt.Printf("%.2f %v\n", CToK(25), CToK(-273.15) == 0)
	mx := Matrix{{1, 2}, {3, 4}}
	my := mx
	my[0][0] = 9
	fmt.Println(mx, my, mx == Matrix{{1, 2}, {3, 4}}, mx != my)
	w := Word("go")
	fmt.Println(w.Upper(), len(w), w[0], string(w)+"!")
	even := Visitor(func(x int) bool { return x%2 == 0 })
	fmt.Println(even.Visit([]int{1, 2, 3, 4}))
	ifs = append(ifs, c, d, m, mx, w)
	for _, x := range ifs {
		switch v := x.(type) {
		case fmt.Stringer:
			fmt.Println("stringer", v)
		case Matrix:
			fmt.Println("matrix", v[1][1])
		case Word:
			fmt.Println("word", v)
		default:
			fmt.Printf("other %T\n", v)
		}
	}
	fmt.Printf("%T %T %T %T\n", ifs[0], ifs[1], ifs[3], ifs[4])
}

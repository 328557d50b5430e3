// Code generated from fmt_session_types.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"log"
	"os"
	"strings"
)

//line testdata/conformance/fmt_session_types.gos/_.go:1:1
type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Cell bool

func (c Cell) String() string {
	if c {
		return "#"
	}
	return "."
}

type Money struct {
	Cents int64
}

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100) }

type Item struct {
	Name  string
	Price Money
	Tint  Color
	hue   Color
}

type Order struct {
	ID    int
	Items []Item
	Tags  map[string]Color
	Next  *Order
}

type NotFound struct {
	Key  string
	Code int
}

func (e NotFound) Error() string { return "not found: " + e.Key }

type Version struct{ Major, Minor int }

func (v Version) GoString() string { return fmt.Sprintf("V(%d.%d)", v.Major, v.Minor) }

type Hex uint32

func (h Hex) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "hex<%x>", uint32(h)) }

type Point struct{ X, Y int }

type Grid [][]Cell

var none []Color

var buf strings.Builder

type pair struct {
	c Color
	C Color
}

func main() {
	colors := []Color{Blue, Red, Green}
	fmt.Println(colors, len(colors))
	fmt.Printf("%v|%s|%d|%q|%5v|\n", colors, colors, colors, colors, colors)
	fmt.Printf("%#v\n", colors)
	arr := [2]Color{Green, Blue}
	fmt.Println(arr)
	byColor := map[Color]int{Blue: 3, Red: 1, Green: 2}
	fmt.Println(byColor)
	fmt.Printf("%v %d\n", byColor, byColor)
	names := map[string]Color{"sky": Blue, "grass": Green, "apple": Red}
	fmt.Println(names)
	it := Item{"pen", Money{150}, Blue, Green}
	fmt.Println(it)
	fmt.Printf("%+v\n", it)
	fmt.Printf("%v\n", &it)
	o := &Order{ID: 7, Items: []Item{it, {"cap", Money{1999}, Red, Red}}, Tags: map[string]Color{"b": Green, "a": Red}}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", *o)
	fmt.Printf("%v %#v %d\n", none, none, len(none))
	errs := []error{NotFound{"a", 1}, fmt.Errorf("wrapped: %w", NotFound{"b", 2})}
	fmt.Println(errs)
	nfs := []NotFound{{"x", 1}, {"y", 2}}
	fmt.Println(nfs)
	fmt.Printf("%v %+v\n", nfs, nfs)
	vs := []Version{{1, 2}, {3, 4}}
	fmt.Printf("%v %#v\n", vs, vs)
	hs := []Hex{255, 16}
	fmt.Println(hs)
	fmt.Printf("%v %d\n", hs, hs)
	pts := []Point{{1, 2}, {3, 4}}
	fmt.Printf("%v %+v %#v\n", pts, pts, pts)
	ptsm := map[Point]string{{2, 1}: "b", {1, 9}: "a"}
	fmt.Printf("%v %#v\n", ptsm, ptsm)
	g := Grid{{true, false, true}, {false, true, false}}
	fmt.Println(g)
	for _, row := range g {
		fmt.Println(row)
	}
	s := fmt.Sprint(colors, " ", byColor)
	fmt.Println(s, len(s))
	s2 := fmt.Sprintf("%v/%v", arr, []Money{{5}, {105}})
	fmt.Println(s2)
	err := fmt.Errorf("bad colors %v", colors)
	fmt.Println(err)
	logger := log.New(os.Stdout, "log: ", 0)
	logger.Printf("items %v", []Item{it})
	logger.Println(colors)
	fmt.Fprintf(&buf, "%v;", colors)
	fmt.Fprintln(&buf, map[Color]bool{Red: true})
	fmt.Print(buf.String())
	nested := map[string][]Color{"warm": {Red}, "cool": {Blue, Green}}
	fmt.Println(nested)
	fmt.Printf("%v %+v\n", pair{Blue, Blue}, []pair{{Red, Green}})
	fmt.Printf("%#v\n", it)
	fmt.Printf("%#v\n", pair{Blue, Green})
}

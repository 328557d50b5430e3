// Code generated from fmt_nested_session.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
)

// fmt verbs on nested maps, slices and pointers of session types:
// %v %+v %#v %T %q %x, with and without String methods.
//
//line testdata/conformance/fmt_nested_session.gos/_.go:1:1
type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Point struct{ X, Y int }

type Shape struct {
	Name   string
	Color  Color
	Points []Point
	Meta   map[string]int
	Parent *Shape
}

type ID [4]byte

type Tagged struct {
	ID    ID
	Tags  []string
	Attrs map[string]any
	Next  *Tagged
	Raw   []byte
	Flag  bool
	Ratio float32
}

type Wrapper struct{ Inner any }

func main() {
	sq := Shape{Name: "square", Color: Blue, Points: []Point{{0, 0}, {1, 1}}, Meta: map[string]int{"z": 1, "a": 2}}
	child := &Shape{Name: "dot", Color: Red, Parent: &sq}
	fmt.Printf("%v\n", sq)
	fmt.Printf("%+v\n", sq)
	fmt.Printf("%v|%+v\n", child.Points, child.Meta)
	fmt.Printf("%T %T %T %T\n", sq, child, sq.Points, sq.Meta)
	fmt.Printf("%#v\n", sq.Points)
	fmt.Printf("%#v\n", Point{3, -4})
	fmt.Printf("%v %d %x %q\n", Green, Green, Blue, Red)
	fmt.Printf("%v %s\n", []Color{Red, Blue}, map[Color]int{Green: 1, Red: 2})
	tg := Tagged{ID: ID{0xde, 0xad, 0xbe, 0xef}, Tags: []string{"a b", "c\"d"}, Raw: []byte("hi"), Ratio: 0.5,
		Attrs: map[string]any{"n": 1, "s": "x", "l": []int{1}}}
	tg.Next = &Tagged{Flag: true}
	fmt.Printf("%v\n", tg.ID)
	fmt.Printf("%x %X % x\n", tg.ID, tg.ID[:], tg.Raw)
	fmt.Printf("%q %q\n", tg.Tags, tg.Raw)
	fmt.Printf("%v\n", tg.Attrs)
	fmt.Printf("%+v\n", *tg.Next)
	fmt.Printf("%#v\n", tg.Tags)
	fmt.Printf("%#v %#v\n", tg.Attrs["l"], tg.Raw)
	fmt.Printf("%T %T\n", tg.ID, tg.Attrs["s"])
	grid := map[string][]map[Point]string{
		"row": {{Point{1, 2}: "a"}, {Point{0, 0}: "o", Point{0, -1}: "n"}},
	}
	fmt.Println(grid)
	nested := [][]*Point{{{1, 2}}, {nil}}
	fmt.Println(*nested[0][0], nested[1][0] == nil, len(nested))
	fmt.Printf("%v %+v\n", []any{Point{1, 2}, Blue, nil, 3.5, "s"}, []*int(nil))
	fmt.Printf("%5.1f|%-6v|%06d|%+d|%x\n", 3.14159, Point{1, 2}, 42, 7, "hey")
	fmt.Printf("%8.3e %g %G\n", 123456.789, 1e21, 1e-7)
	fmt.Printf("%t %v %p\n", true, struct{ A, b int }{1, 2}, nil)
	fmt.Printf("%c %U %#U\n", 'é', '⌘', 'x')
	fmt.Printf("%s %v\n", errors.New("boom"), fmt.Errorf("wrap: %w", errors.New("inner")))
	fmt.Printf("%d %s\n", "str", 12)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0), fmt.Sprintln("x", 1))
	fmt.Printf("%+v %v\n", Wrapper{Green}, Wrapper{&Point{5, 6}}.Inner.(*Point).X)
}

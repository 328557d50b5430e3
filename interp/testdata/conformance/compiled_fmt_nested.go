// Code generated from compiled_fmt_nested.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
)

// GoStringer, Stringer and session interfaces printed inside structs,
// slices and maps, with %v, %+v and %#v.
//
//line testdata/conformance/compiled_fmt_nested.gos/_.go:1:1
type G struct{ N int }

func (g G) GoString() string { return fmt.Sprintf("G<%d>", g.N) }

func (g G) String() string { return fmt.Sprintf("g%d", g.N) }

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func (s Sq) String() string { return fmt.Sprintf("Sq(%g)", s.S) }

type Hold struct {
	G  G
	Gs []G
	M  map[string]G
	A  any
	S  Shape
}

type Hid struct {
	g   G
	a   any
	s   Shape
	Pub any
}

func main() {
	h := Hold{G{1}, []G{{2}}, map[string]G{"k": {3}}, G{4}, Sq{5}}
	fmt.Printf("%v\n%+v\n%#v\n", h, h, h)
	fmt.Printf("%#v %#v %#v\n", G{6}, []any{G{7}, Sq{8}}, map[string]Shape{"s": Sq{9}})
	shapes := []Shape{Sq{3}, Sq{1}, Sq{2}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	fmt.Println(shapes)
	ch := make(chan Shape, 3)
	go func() {
		for _, s := range shapes {
			ch <- s
		}
		close(ch)
	}()
	total := 0.0
	for s := range ch {
		total += s.Area()
	}
	fmt.Println(total)
	fmt.Println(fmt.Sprint(shapes[0]), fmt.Sprintf("%s|%v|%q", shapes[1], shapes[2], shapes[0]))
	str := fmt.Sprintln(h.A, h.S, []Shape{nil, Sq{1}})
	fmt.Print(str)
	hd := Hid{G{1}, Sq{2}, Sq{3}, Sq{4}}
	fmt.Printf("%v\n%+v\n", hd, hd)
	fmt.Println([]Hid{hd})
}

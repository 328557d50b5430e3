// Code generated from typeswitch_unbound.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"time"
)

//line testdata/conformance/typeswitch_unbound.gos/_.go:1:1
type Circle struct{ R float64 }

type Square struct{ S float64 }

type Rect struct{ W, H float64 }

type Label string

func (l Label) String() string { return "label:" + string(l) }

func name(v any) string {
	switch v.(type) {
	case Circle:
		return "circle"
	case *Square:
		return "*square"
	case Rect, *Rect:
		return "rect"
	case nil:
		return "nil"
	case int, int64:
		return "integer"
	case error:
		return "error"
	case fmt.Stringer:
		return "stringer"
	}
	return "other"
}

var s any = Square{2}

func area(v any) float64 {
	switch x := v.(type) {
	case Circle:
		return 3 * x.R * x.R
	case *Square:
		return x.S * x.S
	case Rect:
		return x.W * x.H
	}
	return -1
}

func main() {
	fmt.Println(name(Circle{1}), name(&Square{2}), name(Rect{1, 2}), name(&Rect{}), name(nil), name(3), name(int64(4)))
	fmt.Println(name(errors.New("e")), name(time.Second), name(s), name(Label("x")), name("str"))
	switch s.(type) {
	case Circle:
		fmt.Println("top circle")
	case Square:
		fmt.Println("top square")
	default:
		fmt.Println("top default")
	}
	shapes := []any{Circle{1}, Rect{2, 3}, &Square{4}, 5, "six"}
	counts := map[string]int{}
	for _, sh := range shapes {
		switch sh.(type) {
		case Circle, Rect, *Square:
			counts["shape"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts)
	total := 0.0
	for _, sh := range shapes {
		total += area(sh)
	}
	fmt.Println(total)
}

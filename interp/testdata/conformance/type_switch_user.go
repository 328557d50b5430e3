// Code generated from type_switch_user.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

//line testdata/conformance/type_switch_user.gos/_.go:1:1
type Celsius struct{ Deg float64 }

type Point struct{ X, Y int }

type Path []Point

type Handler func(string) string

type Status int

const (
	Active Status = iota + 1
	Inactive
)

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case Celsius:
		return fmt.Sprintf("Celsius %.1f", x.Deg)
	case float64:
		return fmt.Sprintf("float64 %g", x)
	case Point:
		return fmt.Sprintf("Point at %d,%d", x.X, x.Y)
	case *Point:
		return fmt.Sprintf("*Point at %d,%d", x.X, x.Y)
	case Path:
		return fmt.Sprintf("Path of %d", len(x))
	case []Point:
		return "raw []Point"
	case Handler:
		return "Handler: " + x("in")
	case Status:
		return fmt.Sprintf("Status %d", int(x))
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case map[string]Point:
		return fmt.Sprintf("map of %d points", len(x))
	case struct{ A int }:
		return fmt.Sprintf("anon %d", x.A)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

var total Celsius

func main() {
	values := []any{
		nil, Celsius{21.5}, 21.5, Point{1, 2}, &Point{3, 4}, Path{{0, 0}, {1, 1}},
		[]Point{{5, 5}}, Handler(strings.ToUpper), Inactive, 7, int64(8), int32(9),
		errors.New("bad"), time.Second, map[string]Point{"o": {}}, struct{ A int }{5}, "text",
	}
	for i, v := range values {
		fmt.Println(i, classify(v))
	}
	for _, v := range values {
		if c, ok := v.(Celsius); ok {
			total.Deg += c.Deg * 2
		}
		if p, ok := v.(*Point); ok {
			p.X = 100
		}
	}
	fmt.Println(total, values[4].(*Point).X)
	st := values[8]
	if s, ok := st.(Status); ok && s == Inactive {
		fmt.Println("inactive is", int(s))
	}
	_, isInt := values[1].(float64)
	fmt.Println(isInt)
}

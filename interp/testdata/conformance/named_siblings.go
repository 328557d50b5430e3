// Code generated from named_siblings.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"context"
	"fmt"
)

// Types with the same underlying type (Celsius and Fahrenheit float64 with
// String methods, Status int, Path []int) in type switches, assertions,
// == and map keys, also through a context value.
//
//line testdata/conformance/named_siblings.gos/_.go:1:1
type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Fahr float64

func (f Fahr) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

type Status int

type Path []int

type key string

func kind(v any) string {
	switch x := v.(type) {
	case Celsius:
		return "Celsius " + x.String()
	case Fahr:
		return "Fahr " + x.String()
	case float64:
		return fmt.Sprint("float64 ", x)
	case Status:
		return fmt.Sprint("Status ", int(x))
	case int:
		return fmt.Sprint("int ", x)
	case Path:
		return fmt.Sprint("Path ", len(x))
	case []int:
		return "[]int"
	}
	return "other"
}

func get() any { return Status(7) }

func main() {
	for _, v := range []any{Celsius(1), Fahr(2), 3.0, Status(4), 5, Path{1, 2}, []int{3}, get()} {
		fmt.Println(kind(v))
	}
	var a any = Fahr(2)
	_, isC := a.(Celsius)
	_, isF := a.(float64)
	fmt.Println(isC, isF, a)
	fmt.Printf("%v %T %T\n", []any{Celsius(1), Fahr(2)}, any(Status(1)), get())
	b := any(Status(3))
	fmt.Println(b == any(3), b == any(Status(3)), b == Status(3), any(Celsius(1)) == any(Fahr(1)))
	m := map[any]int{}
	m[Status(1)]++
	m[1]++
	m[Status(1)]++
	fmt.Println(len(m), m[Status(1)], m[1])
	ctx := context.WithValue(context.Background(), key("user"), Status(9))
	s, ok := ctx.Value(key("user")).(Status)
	fmt.Println(s, ok)
}

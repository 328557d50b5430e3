// Code generated from struct_same_fields.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

// Struct types with the same fields are told apart in an any, and convert.
//
//line testdata/conformance/struct_same_fields.gos/_.go:1:1
type Celsius struct{ V float64 }

type Fahrenheit struct{ V float64 }

type Point struct {
	X, Y int `json:"x"`
}

type Vec struct{ X, Y int }

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", c.V) }

func describe(v any) string {
	switch x := v.(type) {
	case Celsius:
		return "C " + x.String()
	case Fahrenheit:
		return fmt.Sprintf("F %.1f", x.V)
	case *Point:
		return fmt.Sprint("*P ", x.X)
	case *Vec:
		return fmt.Sprint("*V ", x.X)
	case Point:
		return "P"
	case Vec:
		return "V"
	}
	return "?"
}

var p Point

func main() {
	for _, v := range []any{Celsius{1}, Fahrenheit{2}, &Point{3, 4}, &Vec{5, 6}, Point{}, Vec{}} {
		fmt.Println(describe(v))
	}
	f := Fahrenheit(Celsius{100})
	v := Vec(Point{1, 2})
	fmt.Println(f, v, Point(v))
	fmt.Printf("%v %+v %#v %T\n", f, v, v, v)
	_, isC := any(f).(Celsius)
	fmt.Println(isC)
	b, _ := json.Marshal(Point{1, 2})
	fmt.Println(string(b))
	json.Unmarshal([]byte(`{"x":7,"Y":8}`), &p)
	fmt.Println(p)
	t := reflect.TypeOf(Point{})
	fmt.Println(t.Field(0).Tag, t.Field(1).Name, t)
	m := map[any]string{Point{1, 1}: "p", Vec{1, 1}: "v"}
	fmt.Println(len(m), m[Point{1, 1}], m[Vec{1, 1}])
	fmt.Println(any(Point{1, 1}) == any(Vec{1, 1}), any(Point{1, 1}) == any(Point{1, 1}))
	anon := struct{ X, Y int }{9, 9}
	pp := Vec{}
	pp = anon
	fmt.Println(pp)
}

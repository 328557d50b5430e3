// Code generated from any_stringer_kinds.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

// A value of a named non-struct type with methods in an any, next to a
// plain value of its underlying type: printing, %T, assertions to
// compiled interfaces.
//
//line testdata/conformance/any_stringer_kinds.gos/_.go:1:1
type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

var a any = Celsius(1)

func main() {
	fmt.Println(a, []any{Celsius(2), 3.0})
	fmt.Printf("%v %T %s\n", a, a, a)
	s, ok := a.(fmt.Stringer)
	fmt.Println(s, ok)
	x := 2.5
	b := any(x)
	_, ok = b.(fmt.Stringer)
	fmt.Println(b, ok)
	var e any = Code(4)
	err, isErr := e.(error)
	fmt.Println(err, isErr)
	var n any = 4
	_, isErr = n.(error)
	fmt.Printf("%v %T %v\n", n, n, isErr)
	vals := []any{Celsius(5), 5.0, Code(6), 6}
	for _, v := range vals {
		_, str := v.(fmt.Stringer)
		_, er := v.(error)
		fmt.Printf("%v %T %v %v\n", v, v, str, er)
	}
}

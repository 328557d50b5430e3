// Code generated from vi_underlying_asserts.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
)

// A value of a session type with methods in an any is not a value of its
// underlying type to assertions and type switches.
//
//line testdata/conformance/vi_underlying_asserts.gos/_.go:1:1
type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	vals := []any{Level(2), 3}
	for _, v := range vals {
		n, ok := v.(int)
		_, s := v.(fmt.Stringer)
		fmt.Println(n, ok, s)
		switch x := v.(type) {
		case int:
			fmt.Println("int", x)
		case Level:
			fmt.Println("level", x)
		}
		switch v.(type) {
		case int, string:
			fmt.Println("int or string")
		default:
			fmt.Println("other")
		}
	}
	try(func() { _ = vals[0].(int) })
	try(func() { fmt.Println(vals[1].(int)) })
	describe := func(v any) string {
		switch x := v.(type) {
		case int, int64:
			return fmt.Sprint("integer ", x)
		case fmt.Stringer:
			return "stringer " + x.String()
		case error:
			return "error"
		}
		return "other"
	}
	fmt.Println(describe(Level(4)), describe(5), describe(errors.New("e")))
}

// Code generated from defer_chains.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
)

//line testdata/conformance/defer_chains.gos/_.go:1:1
type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func parse(lines []string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case *ParseError:
				err = v
			case error:
				err = fmt.Errorf("runtime: %w", v)
			default:
				err = fmt.Errorf("panic: %v", v)
			}
		}
	}()
	for i, l := range lines {
		switch {
		case l == "boom":
			panic(&ParseError{i + 1, "boom found"})
		case l == "idx":
			var a []int
			_ = a[i]
		case l == "str":
			panic("plain string")
		}
		n++
	}
	return n, nil
}

var pe *ParseError

func main() {
	fmt.Println(parse([]string{"a", "b"}))
	fmt.Println(parse([]string{"a", "boom", "c"}))
	n, err := parse([]string{"idx"})
	fmt.Println(n, err)
	fmt.Println(parse([]string{"x", "str"}))
	_, err = parse([]string{"boom"})
	fmt.Println(errors.As(err, &pe), pe.Line)
	func() {
		defer fmt.Println("deferred 1")
		defer func() {
			r := recover()
			fmt.Println("recovered", r)
			defer func() { fmt.Println("nested recover:", recover()) }()
			panic("second")
		}()
		defer fmt.Println("deferred 3")
		panic("first")
	}()
	f := func() (s string) {
		defer func() { s += " world" }()
		return "hello"
	}
	fmt.Println(f())
	for i := 0; i < 3; i++ {
		defer fmt.Println("main defer", i)
	}
	e := &ParseError{3, "bad"}
	fmt.Printf("%v | %+v | %s\n", e, e, e)
	er := error(e)
	fmt.Printf("%v %T\n", er, er)
}

// Code generated from recover_values.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"io"
)

//line testdata/conformance/recover_values.gos/_.go:1:1
type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

type Fatal struct{ Reason string }

func try(name string, f func()) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			fmt.Println(name, "ok")
		case string:
			fmt.Println(name, "string:", v, v == "boom")
		case int:
			fmt.Println(name, "int:", v+1)
		case MyErr:
			fmt.Println(name, "MyErr:", v.Code, v)
		case *Fatal:
			fmt.Println(name, "*Fatal:", v.Reason)
		case error:
			fmt.Println(name, "error:", v)
		default:
			fmt.Printf("%s other: %v\n", name, v)
		}
	}()
	f()
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			err = fmt.Errorf("%v", r)
		}
	}()
	return a / b, nil
}

func check() (msg string) {
	defer func() {
		if err, ok := recover().(error); ok {
			msg = "recovered error: " + err.Error()
		}
	}()
	panic(MyErr{3})
}

func main() {
	try("none", func() {})
	try("string", func() { panic("boom") })
	try("int", func() { panic(41) })
	try("myerr", func() { panic(MyErr{7}) })
	try("fatal", func() { panic(&Fatal{"disk"}) })
	try("error", func() { panic(errors.New("plain")) })
	try("errorf", func() { panic(fmt.Errorf("wrapped: %w", io.EOF)) })
	try("float", func() { panic(2.5) })
	try("repanic", func() {
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Sprint("again: ", r))
			}
		}()
		panic("first")
	})
	fmt.Println(safeDiv(7, 2))
	q, err := safeDiv(1, 0)
	fmt.Println(q, err)
	fmt.Println(check())
	r := func() (r any) {
		defer func() { r = recover() }()
		panic([]int{1, 2})
	}()
	fmt.Println(r, r != nil)
	if s, ok := r.([]int); ok {
		fmt.Println(len(s), s[1])
	}
}

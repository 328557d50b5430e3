// Code generated from err_unwrap_is.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

//line testdata/conformance/err_unwrap_is.gos/_.go:1:1
type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

func (e NotFound) Is(target error) bool {
	t, ok := target.(NotFound)
	return ok && (t.Key == "" || t.Key == e.Key)
}

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }

func (e *OpError) Unwrap() error { return e.Err }

func lookup(m map[string]int, k string) (int, error) {
	v, ok := m[k]
	if !ok {
		return 0, &OpError{"lookup", NotFound{k}}
	}
	return v, nil
}

var nf NotFound

var op *OpError

func main() {
	m := map[string]int{"a": 1}
	_, err := lookup(m, "zz")
	fmt.Println(err)
	fmt.Println(errors.Is(err, NotFound{}), errors.Is(err, NotFound{"zz"}), errors.Is(err, NotFound{"q"}))
	fmt.Println(errors.As(err, &nf), nf.Key)
	fmt.Println(errors.As(err, &op), op.Op, errors.Unwrap(err) == op.Err)
	w := fmt.Errorf("ctx: %w", err)
	fmt.Println(w, errors.Is(w, NotFound{"zz"}))
	fmt.Printf("%v | %T | %T\n", errors.Unwrap(w), errors.Unwrap(w), err)
	j := errors.Join(err, io.EOF, nil)
	fmt.Println(errors.Is(j, io.EOF), strings.Count(j.Error(), "\n"))
	v, err := lookup(m, "a")
	fmt.Println(v, err, err == nil)
}

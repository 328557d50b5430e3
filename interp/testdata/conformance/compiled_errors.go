// Code generated from compiled_errors.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
)

// Session error types through errors.Is, As, Join, Unwrap and %w.
//
//line testdata/conformance/compiled_errors.gos/_.go:1:1
type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Temp struct{ Code int }

func (e Temp) Error() string { return fmt.Sprintf("temp %d", e.Code) }

func (e Temp) Temporary() bool { return true }

type wrapErr struct {
	msg string
	err error
}

func (w wrapErr) Error() string { return w.msg + ": " + w.err.Error() }

func (w wrapErr) Unwrap() error { return w.err }

type multi struct{ errs []error }

func (m multi) Error() string { return "multi" }

func (m multi) Unwrap() []error { return m.errs }

type codeErr int

func (c codeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }

func (c codeErr) Is(target error) bool {
	t, ok := target.(codeErr)
	return ok && (t == 0 || t == c)
}

var ErrBase = errors.New("base")

var target *NotFound

var tt Temp

var target2 *NotFound

var ce codeErr

var t9 Temp

var tmp interface{ Temporary() bool }

func main() {
	nf := &NotFound{"k1"}
	e1 := fmt.Errorf("layer1: %w", nf)
	e2 := fmt.Errorf("layer2: %w", e1)
	e3 := wrapErr{"layer3", e2}
	fmt.Println(e3)
	fmt.Println(errors.As(e3, &target), target.Key)
	fmt.Println(errors.Is(e3, nf))
	j := errors.Join(Temp{1}, e3, ErrBase)
	fmt.Println(j)
	fmt.Println(errors.As(j, &tt), tt.Code)
	fmt.Println(errors.Is(j, ErrBase))
	fmt.Println(errors.As(j, &target2), target2)
	m := fmt.Errorf("two: %w and %w", Temp{2}, codeErr(7))
	fmt.Println(m)
	fmt.Println(errors.Is(m, codeErr(0)), errors.Is(m, codeErr(7)), errors.Is(m, codeErr(8)))
	fmt.Println(errors.As(m, &ce), ce)
	mm := multi{[]error{ErrBase, Temp{9}}}
	fmt.Println(errors.Is(mm, ErrBase))
	fmt.Println(errors.As(wrapErr{"w", mm}, &t9), t9.Code)
	fmt.Println(errors.As(e3, &tmp))
	fmt.Println(errors.As(fmt.Errorf("x: %w", Temp{3}), &tmp), tmp != nil && tmp.Temporary())
	fmt.Println(errors.Unwrap(e3) == e2)
	fmt.Printf("%v | %s | %q\n", nf, Temp{4}, codeErr(5))
	errs := []error{nf, Temp{1}, codeErr(2), nil}
	fmt.Println(errs)
	fmt.Printf("%v\n", errs)
	emap := map[string]error{"a": Temp{1}}
	fmt.Println(emap)
}

// Code generated from errors_sentinel_chain.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Error chains: sentinels, %w with several operands, errors.Join,
// custom types with Unwrap() []error, errors.Is/As through all of them,
// and Is methods that match by kind.
//
//line testdata/conformance/errors_sentinel_chain.gos/_.go:1:1
var (
	ErrNotFound   = errors.New("not found")
	ErrPermission = errors.New("permission denied")
	ErrTimeout    = fmt.Errorf("timeout")
)

type OpError struct {
	Op   string
	Path string
	Err  error
}

func (e *OpError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *OpError) Unwrap() error { return e.Err }

type MultiError struct{ errs []error }

func (m MultiError) Error() string {
	parts := make([]string, len(m.errs))
	for i, e := range m.errs {
		parts[i] = e.Error()
	}
	return fmt.Sprintf("%d errors: [%s]", len(m.errs), strings.Join(parts, "; "))
}

func (m MultiError) Unwrap() []error { return m.errs }

type StatusError struct{ Code int }

func (s StatusError) Error() string { return "status " + strconv.Itoa(s.Code) }

func (s StatusError) Is(target error) bool {
	t, ok := target.(StatusError)
	return ok && (t.Code == 0 || t.Code/100 == s.Code/100)
}

func open(path string) error {
	switch {
	case strings.HasPrefix(path, "/root"):
		return &OpError{"open", path, ErrPermission}
	case strings.HasSuffix(path, ".tmp"):
		return &OpError{"open", path, fmt.Errorf("stat: %w", ErrNotFound)}
	case path == "":
		return nil
	}
	return &OpError{"open", path, StatusError{503}}
}

func batch(paths ...string) error {
	var errs []error
	for _, p := range paths {
		if err := open(p); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

var oe *OpError

var se StatusError

var me MultiError

var nilErr *OpError

func main() {
	err := batch("/root/x", "a.tmp", "", "srv")
	fmt.Println(err)
	fmt.Println("---")
	for _, target := range []error{ErrNotFound, ErrPermission, ErrTimeout, StatusError{}, StatusError{500}, StatusError{404}} {
		fmt.Printf("is %v: %v\n", target, errors.Is(err, target))
	}
	if errors.As(err, &oe) {
		fmt.Println("first OpError:", oe.Op, oe.Path)
	}
	fmt.Println(errors.As(err, &se), se.Code)
	fmt.Println(batch("", "") == nil, batch() == nil)
	both := fmt.Errorf("sync failed: %w and %w", ErrTimeout, &OpError{"write", "/tmp/y", ErrPermission})
	fmt.Println(both)
	fmt.Println(errors.Is(both, ErrTimeout), errors.Is(both, ErrPermission), errors.Unwrap(both) == nil)
	if u, ok := both.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[1])
	}
	m := MultiError{[]error{ErrTimeout, fmt.Errorf("ctx: %w", StatusError{429})}}
	wrapped := fmt.Errorf("request: %w", m)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, StatusError{400}), errors.Is(wrapped, StatusError{500}), errors.Is(wrapped, ErrTimeout))
	fmt.Println(errors.As(wrapped, &me), len(me.errs))
	fmt.Printf("%v | %s | %q\n", ErrNotFound, ErrPermission, ErrTimeout)
	fmt.Println(fmt.Errorf("no wrap: %v", ErrNotFound), errors.Is(fmt.Errorf("no wrap: %v", ErrNotFound), ErrNotFound))
	var e error = nilErr
	fmt.Println(e == nil, nilErr == nil, errors.Join(nil, nil) == nil)
	j := errors.Join(ErrNotFound, nil, ErrTimeout)
	fmt.Printf("%q\n", j.Error())
}

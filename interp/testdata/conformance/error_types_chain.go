// Code generated from error_types_chain.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
)

//line testdata/conformance/error_types_chain.gos/_.go:1:1
type ValidationError struct {
	Field string
	Msg   string
}

func (v ValidationError) Error() string { return v.Field + ": " + v.Msg }

type DBError struct {
	Op  string
	Err error
}

func (e *DBError) Error() string { return "db " + e.Op + ": " + e.Err.Error() }

func (e *DBError) Unwrap() error { return e.Err }

type TempError struct{ code int }

func (t TempError) Error() string { return fmt.Sprintf("temporary (%d)", t.code) }

func (t TempError) Is(target error) bool {
	_, ok := target.(TempError)
	return ok
}

var ErrNotFound = errors.New("not found")

func query(id int) error {
	switch id {
	case 0:
		return &DBError{Op: "get", Err: ErrNotFound}
	case 1:
		return &DBError{Op: "put", Err: ValidationError{"name", "empty"}}
	case 2:
		return fmt.Errorf("retry: %w", TempError{503})
	}
	return nil
}

var target *DBError

func main() {
	for id := 0; id < 4; id++ {
		err := query(id)
		fmt.Printf("id=%d err=%v\n", id, err)
		if err == nil {
			continue
		}
		fmt.Println("  notfound:", errors.Is(err, ErrNotFound), "temp:", errors.Is(err, TempError{}))
		var dbe *DBError
		if errors.As(err, &dbe) {
			fmt.Println("  db op:", dbe.Op)
		}
		var ve ValidationError
		if errors.As(err, &ve) {
			fmt.Println("  field:", ve.Field)
		}
		fmt.Println("  unwrap:", errors.Unwrap(err))
	}
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrNotFound))
	fmt.Println(wrapped)
	for e := error(wrapped); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  -> %v\n", e)
	}
	fmt.Println(errors.Is(wrapped, ErrNotFound))
	noWrap := fmt.Errorf("plain: %v", ErrNotFound)
	fmt.Println(noWrap, errors.Is(noWrap, ErrNotFound), errors.Unwrap(noWrap) == nil)
	fmt.Println(errors.As(wrapped, &target), target == nil)
}

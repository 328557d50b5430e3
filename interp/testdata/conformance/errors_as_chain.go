// Code generated from errors_as_chain.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
)

//line testdata/conformance/errors_as_chain.gos/_.go:1:1
type NotFoundError struct {
	Name string
}

func (e *NotFoundError) Error() string { return "not found: " + e.Name }

type CodeError struct {
	Code int
}

func (e CodeError) Error() string { return fmt.Sprintf("code %d", e.Code) }

var ErrBase = errors.New("base failure")

func find(name string) error {
	if name == "" {
		return fmt.Errorf("find: %w", ErrBase)
	}
	return fmt.Errorf("lookup %q: %w", name, &NotFoundError{Name: name})
}

var nf *NotFoundError

var ce CodeError

func main() {
	err := find("bob")
	fmt.Println(err)
	if errors.As(err, &nf) {
		fmt.Println("as:", nf.Name)
	}
	fmt.Println(errors.Is(find(""), ErrBase), errors.Is(err, ErrBase))
	joined := errors.Join(CodeError{404}, err, nil, ErrBase)
	fmt.Println(joined)
	fmt.Println(errors.As(joined, &ce), ce.Code)
	fmt.Println(errors.Is(joined, ErrBase))
	fmt.Println(errors.Unwrap(err) == error(nf))
	wrapped := fmt.Errorf("two: %w and %w", ErrBase, CodeError{1})
	fmt.Println(wrapped, errors.Is(wrapped, ErrBase))
}

// Code generated from error_type_switch.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

//line testdata/conformance/error_type_switch.gos/_.go:1:1
type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found " + e.Key }

type Invalid struct {
	Field string
	Code  int
}

func (e Invalid) Error() string { return "invalid " + e.Field }

func check(i int) error {
	switch i {
	case 0:
		return &NotFound{"k"}
	case 1:
		return Invalid{"f", 3}
	case 2:
		return errors.New("plain")
	}
	return nil
}

var inv Invalid

func main() {
	for i := range 4 {
		err := check(i)
		switch e := err.(type) {
		case nil:
			fmt.Println("ok")
		case *NotFound:
			fmt.Println("nf", e.Key)
		case Invalid:
			fmt.Println("inv", e.Field, e.Code)
		default:
			fmt.Println("other", e)
		}
	}
	wrapped := fmt.Errorf("ctx: %w", check(1))
	if errors.As(wrapped, &inv) {
		fmt.Println("as", inv.Code)
	}
	_, err := os.Open("/definitely/missing")
	switch e := err.(type) {
	case *NotFound:
		fmt.Println("impossible", e)
	case *fs.PathError:
		fmt.Println("path error", e.Op)
	}
}

// Code generated from errors_custom.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
)

//line testdata/conformance/errors_custom.gos/_.go:1:1
type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func fail() error { return &MyErr{42} }

var me *MyErr

func main() {
	err := fail()
	fmt.Println(err, errors.As(err, &me), me.Code)
}

// Code generated from custom_err_fmt.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"strings"
)

//line testdata/conformance/custom_err_fmt.gos/_.go:1:1
type ValidationError struct {
	Field string
	Value any
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", v.Field, v.Value)
}

type MultiError []error

func (m MultiError) Error() string {
	s := make([]string, len(m))
	for i, e := range m {
		s[i] = e.Error()
	}
	return strings.Join(s, "; ")
}

func validate(age int, name string) error {
	var errs MultiError
	if age < 0 {
		errs = append(errs, ValidationError{"age", age})
	}
	if name == "" {
		errs = append(errs, ValidationError{"name", `""`})
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

var ve ValidationError

func main() {
	fmt.Println(validate(5, "x"))
	err := validate(-1, "")
	fmt.Println(err)
	fmt.Printf("%v|%s|%+v\n", err, err, err)
	fmt.Println(errors.As(err, &ve))
	if me, ok := err.(MultiError); ok {
		fmt.Println(len(me), me[0])
		fmt.Printf("%+v %#v\n", me[1], me[1].(ValidationError).Field)
	}
	wrapped := fmt.Errorf("request: %w", ValidationError{"id", 3.5})
	fmt.Println(wrapped, errors.As(wrapped, &ve), ve.Field, ve.Value)
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v %T\n", r, r)
			if e, ok := r.(error); ok {
				fmt.Println("is error:", e.Error())
			}
		}()
		panic(ValidationError{"p", nil})
	}()
	func() {
		defer func() {
			r := recover()
			err := r.(error)
			fmt.Println(err)
		}()
		var m map[string]int
		m["x"] = 1
	}()
	func() {
		defer func() {
			fmt.Println(recover())
		}()
		var p *ValidationError
		fmt.Println(p.Field)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		x := 0
		fmt.Println(10 / x)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var i any = "s"
		fmt.Println(i.(int))
	}()
}

// Code generated from compiled_iface_upgrades.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type unwrapper interface{ Unwrap() error }

type temporary interface{ Temporary() bool }

type myErr struct{ tmp bool }

func (e myErr) Error() string { return "my" }

func (e myErr) Temporary() bool { return e.tmp }

func main() {
	err := fmt.Errorf("x: %w", io.EOF)
	u, ok := err.(interface{ Unwrap() error })
	fmt.Println(ok)
	if ok {
		fmt.Println(u.Unwrap())
	}
	u2, ok2 := err.(unwrapper)
	fmt.Println(ok2, u2 != nil)
	var e2 error = errors.Join(io.EOF, io.ErrUnexpectedEOF)
	m, ok3 := e2.(interface{ Unwrap() []error })
	fmt.Println(ok3)
	if ok3 {
		fmt.Println(len(m.Unwrap()))
	}
	switch x := err.(type) {
	case interface{ Unwrap() error }:
		fmt.Println("unwrap", x.Unwrap())
	default:
		fmt.Println("default")
	}
	var r io.Reader = strings.NewReader("abc")
	if s, ok := r.(io.Seeker); ok {
		fmt.Println("seeker", s != nil)
	}
	if s, ok := r.(interface{ Len() int }); ok {
		fmt.Println("len", s.Len())
	}
	isTemp := func(err error) bool {
		for err != nil {
			if t, ok := err.(temporary); ok && t.Temporary() {
				return true
			}
			u, ok := err.(interface{ Unwrap() error })
			if !ok {
				return false
			}
			err = u.Unwrap()
		}
		return false
	}
	fmt.Println(isTemp(fmt.Errorf("a: %w", fmt.Errorf("b: %w", myErr{true}))), isTemp(io.EOF), isTemp(myErr{false}))
	sizes := []any{strings.NewReader("hello"), bytes.NewBufferString("hi"), "str", []int{1}}
	for _, v := range sizes {
		if l, ok := v.(interface{ Len() int }); ok {
			fmt.Println("len", l.Len())
		} else {
			fmt.Println("no Len")
		}
	}
}

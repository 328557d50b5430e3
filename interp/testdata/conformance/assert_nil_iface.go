// Code generated from assert_nil_iface.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"io"
	"runtime"
)

type Named struct{ s string }

func (n Named) String() string { return "named " + n.s }

func safe(f func()) (err error) {
	defer func() {
		if e, ok := recover().(error); ok {
			err = e
		}
	}()
	f()
	return nil
}

var r any

var e error

func main() {
	_, ok := r.(error)
	fmt.Println("error:", ok)
	_, ok = r.(fmt.Stringer)
	fmt.Println("stringer:", ok)
	_, ok = r.(io.Reader)
	fmt.Println("reader:", ok)
	_, ok = r.(runtime.Error)
	fmt.Println("runtime.Error:", ok)
	_, ok = e.(runtime.Error)
	fmt.Println("error to runtime.Error:", ok)
	fmt.Println(safe(func() {}))
	fmt.Println(safe(func() { panic(errors.New("boom")) }))
	fmt.Println(safe(func() { _ = r.(fmt.Stringer) }))
	err := safe(func() { _ = r.(error) })
	_, isRT := err.(runtime.Error)
	fmt.Println(err, isRT)
	r = Named{"x"}
	if s, ok := r.(fmt.Stringer); ok {
		fmt.Println(s)
	}
}

// Code generated from defer_panic_chain.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
)

// A panic raised by a deferred function is recovered by a function
// deferred before it in the same function.
//
//line testdata/conformance/defer_panic_chain.gos/_.go:1:1
type stack struct{ log []string }

func (s *stack) run() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("outer: %v", r)
		}
	}()
	defer func() {
		s.log = append(s.log, "middle")
	}()
	defer func() {
		if r := recover(); r != nil {
			s.log = append(s.log, fmt.Sprint("inner saw ", r))
			panic("second")
		}
	}()
	panic("first")
}

// Two deferred functions panic without recovering: the last panic wins.
func twoPanics() (msg string) {
	defer func() {
		msg = fmt.Sprint("got ", recover())
	}()
	defer func() { panic("b") }()
	defer func() { panic("a") }()
	return "none"
}

// Nobody in the function recovers the deferred panic: its caller does.
func leaks() int {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("leaks recovered", r)
		}
	}()
	defer func() { panic(errors.New("from defer")) }()
	return 1
}

func caller() (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caller: %v", r)
		}
	}()
	return leaks(), nil
}

// Without a panic the deferred calls run in order and results stay.
func quiet() (n int) {
	defer func() {
		if recover() != nil {
			n = -1
		}
	}()
	defer func() { n *= 10 }()
	defer func() { n++ }()
	return 4
}

// A runtime error in a deferred function.
func runtimeInDefer() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	defer func() {
		var m map[string]int
		m["x"] = 1
	}()
	return nil
}

// A panic of a method called by a deferred literal.
type closer struct{ name string }

func (c *closer) Close() {
	if c.name == "bad" {
		panic("cannot close " + c.name)
	}
	fmt.Println("closed", c.name)
}

func closeTwo() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("close: %v", r)
		}
	}()
	a, b := &closer{"a"}, &closer{"bad"}
	defer func() { a.Close() }()
	defer func() { b.Close() }()
	return nil
}

func main() {
	s := &stack{}
	fmt.Println(s.run(), s.log)
	fmt.Println(twoPanics())
	fmt.Println(caller())
	fmt.Println(quiet())
	fmt.Println(runtimeInDefer())
	func() {
		defer func() { fmt.Println("literal recovered", recover()) }()
		defer func() { panic(fmt.Sprintf("%d", 42)) }()
		fmt.Println("literal body")
	}()
	fmt.Println(closeTwo())
}

// Code generated from fmt_shared_verbs.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
)

// One argument formatted by several verbs (explicit indexes): %T names the
// session's types while %v, %d or %s of the same argument use the value.
//
//line testdata/conformance/fmt_shared_verbs.gos/_.go:1:1
type Point struct{ X, Y int }

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Code int

type MyErr struct{ Op string }

func (e MyErr) Error() string { return "failed: " + e.Op }

func main() {
	p := Point{1, 2}
	fmt.Printf("%[1]v %[1]T\n", p)
	fmt.Printf("%[1]T %[1]+v %[1]v\n", p)
	fmt.Printf("%[1]T %+[1]v %#[1]v\n", p)
	fmt.Printf("%v %T %[1]v\n", Level(2), Level(1))
	fmt.Printf("%[2]v %[1]v %[2]T\n", Level(0), Level(1))
	var c Code = 7
	fmt.Printf("%[1]d %[1]T %[1]x\n", c)
	var err error = MyErr{"open"}
	fmt.Printf("%[1]v|%[1]T\n", err)
	var anything any = p
	s := fmt.Sprintf("%[1]v is a %[1]T", anything)
	fmt.Println(s)
	e := fmt.Errorf("%[1]T: %[1]w", err)
	fmt.Println(e, errors.Is(e, err))
	fmt.Printf("%[1]v %[1]T %[1]v\n", Point{3, 4})
	fmt.Printf("%[1]v %[1]T\n", []Level{0, 2})
	ps := []Point{{5, 6}}
	fmt.Printf("%[1]v %[1]T\n", ps[0])
	fmt.Printf("%6.2[1]f %[1]T\n", 3.14159)
	fmt.Printf("%[1]v %[1]T %[2]s\n", p, "end")
}

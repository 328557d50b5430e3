// Code generated from stringer_in_iface.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strconv"
)

// fmt prints a session type with a String method held in a session
// interface (see known_failures.txt).
//
//line testdata/conformance/stringer_in_iface.gos/_.go:1:1
type Expr interface{ Eval() float64 }

type Num float64

type Add struct{ L, R Expr }

func (n Num) Eval() float64 { return float64(n) }

func (a *Add) Eval() float64 { return a.L.Eval() + a.R.Eval() }

func (a *Add) String() string { return "(" + fmt.Sprint(a.L) + " + " + fmt.Sprint(a.R) + ")" }

func (n Num) String() string { return strconv.FormatFloat(float64(n), 'g', -1, 64) }

var e Expr = &Add{Num(1), Num(2)}

func main() {
	fmt.Println(e.Eval())
	fmt.Println(e)
	exprs := []Expr{e, Num(3)}
	fmt.Println(exprs[0], exprs[1])
}

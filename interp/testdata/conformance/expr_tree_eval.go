// Code generated from expr_tree_eval.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

//line testdata/conformance/expr_tree_eval.gos/_.go:1:1
type Expr interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64

type Var string

type Bin struct {
	Op   byte
	L, R Expr
}

type Call struct {
	Fn   string
	Args []Expr
}

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }

func (n Num) String() string { return strconv.FormatFloat(float64(n), 'g', -1, 64) }

func (v Var) Eval(env map[string]float64) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("undefined variable %q", string(v))
}

func (v Var) String() string { return string(v) }

func (b *Bin) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, errors.New("division by zero")
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad op %c", b.Op)
}

func (b *Bin) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

func (c *Call) Eval(env map[string]float64) (float64, error) {
	var vals []float64
	for _, a := range c.Args {
		v, err := a.Eval(env)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", c.Fn, err)
		}
		vals = append(vals, v)
	}
	switch c.Fn {
	case "max":
		m := vals[0]
		for _, v := range vals[1:] {
			m = math.Max(m, v)
		}
		return m, nil
	case "sqrt":
		return math.Sqrt(vals[0]), nil
	}
	return 0, fmt.Errorf("unknown function %s", c.Fn)
}

func (c *Call) String() string {
	var parts []string
	for _, a := range c.Args {
		parts = append(parts, a.String())
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}

func main() {
	exprs := []Expr{
		&Bin{'+', Num(1), &Bin{'*', Var("x"), Num(3)}},
		&Call{"max", []Expr{Var("x"), Num(10), &Bin{'/', Var("y"), Num(2)}}},
		&Bin{'/', Num(1), &Bin{'-', Var("x"), Var("x")}},
		&Call{"sqrt", []Expr{Var("z")}},
		&Call{"nope", nil},
	}
	env := map[string]float64{"x": 4, "y": 50}
	for _, e := range exprs {
		v, err := e.Eval(env)
		if err != nil {
			fmt.Printf("%-28s error: %v\n", e.String(), err)
			continue
		}
		fmt.Printf("%-28s = %g\n", e.String(), v)
	}
	fmt.Println(exprs[0].String())
	fmt.Printf("%v %s\n", Num(2.5), Var("q"))
}

// Code generated from method_values_loop.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/method_values_loop.gos/_.go:1:1
type Btn struct {
	label   string
	onClick func() string
}

var btns []Btn

type Acc struct{ n int }

func (a *Acc) Add(k int) int { a.n += k; return a.n }

func (a Acc) Get() int { return a.n }

var adders []func(int) int

var getters []func() int

func main() {
	for i := range 3 {
		btns = append(btns, Btn{fmt.Sprint("b", i), func() string { return fmt.Sprint("clicked ", i) }})
	}
	for _, b := range btns {
		fmt.Println(b.label, b.onClick())
	}
	accs := []*Acc{{1}, {10}}
	for _, a := range accs {
		adders = append(adders, a.Add)
		getters = append(getters, a.Get)
	}
	adders[0](5)
	adders[1](5)
	fmt.Println(accs[0].n, accs[1].n, getters[0](), getters[1]())
	handlers := map[string]func(int) int{}
	for _, name := range []string{"double", "square"} {
		switch name {
		case "double":
			handlers[name] = func(x int) int { return 2 * x }
		case "square":
			handlers[name] = func(x int) int { return x * x }
		}
	}
	fmt.Println(handlers["double"](4), handlers["square"](4))
}

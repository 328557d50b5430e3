// Code generated from method_values_iface.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strconv"
)

//line testdata/conformance/method_values_iface.gos/_.go:1:1
type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc() int { c.n++; return c.n }

func (c Counter) Get() int { return c.n }

func (c Counter) Label() string { return fmt.Sprintf("%s:%d", c.name, c.n) }

type Op interface{ Apply(int) int }

var ops []Op

var stringers []fmt.Stringer

type Adder int

func (a Adder) Apply(x int) int { return x + int(a) }

func (a Adder) String() string { return "add " + strconv.Itoa(int(a)) }

type Multiplier struct{ k int }

func (m Multiplier) Apply(x int) int { return x * m.k }

func (m Multiplier) String() string { return "mul " + strconv.Itoa(m.k) }

type OpFunc func(int) int

func (f OpFunc) Apply(x int) int { return f(x) }

func main() {
	c := &Counter{name: "hits"}
	inc := c.Inc
	get := c.Get
	inc()
	inc()
	fmt.Println(c.n, get(), c.Get())
	label := (*Counter).Label
	fmt.Println(label(c))
	incE := (*Counter).Inc
	incE(c)
	fmt.Println(Counter.Get(*c))
	fs := []func() int{c.Inc, c.Get}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	ops = append(ops, Adder(3), Multiplier{2}, OpFunc(func(x int) int { return x - 1 }))
	x := 1
	for _, o := range ops {
		x = o.Apply(x)
	}
	fmt.Println(x)
	apply := Multiplier{10}.Apply
	fmt.Println(apply(4))
	stringers = append(stringers, Adder(1), Multiplier{5})
	for _, s := range stringers {
		fmt.Println(s, s.String())
	}
}

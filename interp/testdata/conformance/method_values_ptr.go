// Code generated from method_values_ptr.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/method_values_ptr.gos/_.go:1:1
type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc() { c.n++ }

func (c Counter) Get() int { return c.n }

func (c Counter) Label(p string) string { return p + c.name }

func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

var labels []func(string) string

func main() {
	c := Counter{name: "hits"}
	inc := c.Inc
	get := c.Get
	inc()
	inc()
	fmt.Println(c.n, get(), c.Get())
	get2 := c.Get
	c.n = 100
	fmt.Println(get2(), c.Get())
	f := (*Counter).Inc
	f(&c)
	g := Counter.Get
	fmt.Println(g(c))
	h := Counter.Label
	fmt.Println(h(c, "label:"))
	add := (*Counter).Add
	fmt.Println(add(&c, 5).Add(1).n)
	ops := map[string]func(){
		"inc": c.Inc,
	}
	ops["inc"]()
	fmt.Println(c.n)
	cs := []Counter{{name: "a"}, {name: "b"}}
	for i := range cs {
		cs[i].Inc()
	}
	for _, x := range cs {
		x.Inc()
	}
	fmt.Println(cs[0].n, cs[1].n)
	pc := &Counter{name: "p"}
	pget := pc.Get
	pc.Inc()
	fmt.Println(pget(), pc.Get())
	for _, x := range []Counter{{name: "x"}, {name: "y"}} {
		labels = append(labels, x.Label)
	}
	for _, l := range labels {
		fmt.Print(l(">"), " ")
	}
	fmt.Println()
	fmt.Printf("%T %T\n", g, f)
}

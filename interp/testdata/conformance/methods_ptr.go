// Code generated from methods_ptr.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/methods_ptr.gos/_.go:1:1
type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func (c Counter) Get() int { return c.n }

var c Counter

func main() {
	c.Inc()
	c.Inc()
	fmt.Println(c.Get())
}

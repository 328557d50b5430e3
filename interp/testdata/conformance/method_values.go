// Code generated from method_values.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/method_values.gos/_.go:1:1
type Greeter struct{ greeting string }

func (g Greeter) Greet(n string) string { return g.greeting + ", " + n }

func main() {
	g := Greeter{"hi"}
	f := g.Greet
	h := Greeter.Greet
	fmt.Println(f("ann"), h(Greeter{"yo"}, "bob"))
}

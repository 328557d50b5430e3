// Code generated from embedded_iface_calls.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/embedded_iface_calls.gos/_.go:1:1
type Namer interface{ Name() string }

type dog struct{ n string }

func (d dog) Name() string { return "dog " + d.n }

type Owner struct {
	Namer
	age int
}

type Wrapper struct {
	*Owner
}

func main() {
	o := Owner{dog{"rex"}, 3}
	fmt.Println(o.Name(), o.age)
	w := Wrapper{&o}
	fmt.Println(w.Name())
	x := 1
	y := 2
	fmt.Println(x + y)
	if z := x * y; z > 1 {
		fmt.Println("z", z)
	}
}

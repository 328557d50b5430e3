// Code generated from embedding.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/embedding.gos/_.go:1:1
type Animal struct{ Name string }

func (a Animal) Hello() string { return "I am " + a.Name }

type Dog struct {
	Animal
	Breed string
}

func main() {
	d := Dog{Animal{"rex"}, "lab"}
	fmt.Println(d.Hello(), d.Name, d.Breed)
}

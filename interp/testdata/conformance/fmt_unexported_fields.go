// Code generated from fmt_unexported_fields.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/fmt_unexported_fields.gos/_.go:1:1
type pet struct {
	kind string
	Legs int
}

type person struct {
	name string
	Age  int
	pets []pet
	best *pet
	meta map[string]pet
}

func show(label string, v any) {
	fmt.Printf("%s: %v | %+v\n", label, v, v)
}

type wrapper struct {
	inner any
	Note  string
}

func main() {
	p := person{name: "ann", Age: 31, pets: []pet{{"cat", 4}, {"bird", 2}}, meta: map[string]pet{"z": {"fish", 0}}}
	fmt.Printf("%+v\n", p)
	fmt.Printf("%+v\n", p.pets)
	fmt.Printf("%+v\n", &p.pets[0])
	fmt.Printf("%#v\n", p.pets[1])
	fmt.Printf("%+v %+v\n", p.meta, map[pet]int{{"a", 1}: 1})
	show("value", p)
	show("pointer", &p)
	show("slice", []any{pet{"dog", 4}, 7, "x"})
	show("map", map[string]any{"p": pet{"ant", 6}})
	show("int", 42)
	show("wrapper", wrapper{pet{"cow", 4}, "n"})
	s := fmt.Sprintf("%+v", struct {
		id   int
		Name string
	}{1, "anon"})
	fmt.Println(s)
}

// Code generated from struct_print_nested.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/struct_print_nested.gos/_.go:1:1
type Address struct {
	City string
	Zip  *int
}

type Person struct {
	Name    string
	Age     int
	Addr    *Address
	Tags    []string
	Meta    map[string]any
	private bool
}

type Matrix [2][2]int

var np *Person

func main() {
	zip := 12345
	p := Person{"Ann", 30, &Address{"Paris", &zip}, []string{"a", "b"}, map[string]any{"k": 1.5, "j": []int{1}}, true}
	fmt.Printf("%v\n", p.Addr.City)
	fmt.Printf("%+v\n", *p.Addr == Address{"Paris", &zip})
	fmt.Printf("%v %+v\n", p.Tags, p.Meta)
	q := p
	q.Tags = append(q.Tags, "c")
	q.Tags[0] = "changed"
	q.Addr.City = "Rome"
	fmt.Println(p.Tags, q.Tags, p.Addr.City)
	people := []Person{p, {Name: "Bob"}}
	for _, x := range people {
		fmt.Printf("%-5s|%3d|%t|%v\n", x.Name, x.Age, x.Addr == nil, x.Tags == nil)
	}
	mm := Matrix{{1, 2}, {3, 4}}
	fmt.Println(mm, len(mm))
	fmt.Printf("%v %+v\n", struct {
		A int
		B string
	}{1, "x"}, struct{ X, Y float64 }{1.5, -2})
	fmt.Println(np == nil, people[1].Meta == nil, len(people[1].Meta))
}

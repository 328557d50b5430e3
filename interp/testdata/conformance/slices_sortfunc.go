// Code generated from slices_sortfunc.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"slices"
)

//line testdata/conformance/slices_sortfunc.gos/_.go:1:1
type person struct {
	name string
	age  int
}

func main() {
	people := []person{{"ann", 30}, {"bob", 25}, {"cid", 35}}
	slices.SortFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	for _, p := range people {
		fmt.Println(p.name, p.age)
	}
	i := slices.IndexFunc(people, func(p person) bool { return p.name == "cid" })
	fmt.Println(i)
}

// Code generated from fmt_verbs_structs.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/fmt_verbs_structs.gos/_.go:1:1
type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	P     *Inner
	Tags  []string
	Attrs map[string]int
}

var np *Inner

func main() {
	in := Inner{1, "x"}
	o := Outer{Name: "o", In: in, Tags: []string{"t1", "t2"}, Attrs: map[string]int{"b": 2, "a": 1}}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", in)
	fmt.Printf("%T %T %T\n", o, &in, o.Attrs)
	fmt.Printf("%v %+v\n", &in, &in)
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%x %X %x\n", "hi", []byte{1, 171}, 255)
	fmt.Printf("%08.3f|%-6d|%6s|%+d\n", 3.14159, 42, "go", 5)
	fmt.Printf("%#v\n", []int{1, 2})
	fmt.Printf("%#v\n", map[string]bool{"z": true, "a": false})
	fmt.Printf("%v %d\n", [3]int{1, 2, 3}, []uint8{7, 8})
	fmt.Printf("%t %c %U %o %b %e\n", true, 'G', 'G', 8, 5, 1234.5)
	fmt.Println(np == nil, fmt.Sprintf("%v", np))
	iface := any(in)
	fmt.Printf("%v %T\n", iface, iface)
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b"})
	fmt.Printf("%5.2f%%\n", 99.5)
}

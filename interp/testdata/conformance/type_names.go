// Code generated from type_names.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/type_names.gos/_.go:1:1
type Celsius float64

type Point struct{ X, Y int }

type Path []Point

func main() {
	c := Celsius(21.5)
	p := Point{1, 2}
	fmt.Printf("%T %v|%T %+v|%-8T|\n", c, c, p, p, Path{})
	fmt.Printf("%T %T %T\n", &p, []Celsius{c}, map[string]Point{})
	s := fmt.Sprintf("%v is a %T; 100%% %T", p.X, p, 3)
	fmt.Println(s)
	var anyP any = 7
	fmt.Printf("%T\n", anyP)
}

// Code generated from iface_equality.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/iface_equality.gos/_.go:1:1
type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

var s1, s2 Shape = Sq{2}, Sq{2}

var s3 Shape = Sq{3}

var c = &Circle{1}

var s4 Shape = c

var s5 Shape = c

var s6 Shape = &Circle{1}

var none Shape

func main() {
	fmt.Println(s1 == s2, s1 != s2, s1 == s3, s4 == s5, s4 == s6, none == nil, s1 == nil, s1 == Sq{2}, Sq{3} == s3)
	shapes := []Shape{Sq{1}, Sq{2}}
	for i, s := range shapes {
		if s == s1 {
			fmt.Println("found at", i)
		}
	}
}

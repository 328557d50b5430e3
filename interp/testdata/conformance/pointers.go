// Code generated from pointers.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/pointers.gos/_.go:1:1
func inc(p *int) { *p++ }

type node struct {
	v    int
	next *node
}

func main() {
	n := 5
	inc(&n)
	p := &n
	*p *= 2
	fmt.Println(n, *p == n)
	list := &node{1, &node{2, &node{3, nil}}}
	for c := list; c != nil; c = c.next {
		fmt.Print(c.v)
	}
	fmt.Println()
}

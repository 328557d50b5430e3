// Code generated from init_order.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"os"
)

//line testdata/conformance/init_order.gos/_.go:1:1
var (
	total = compute()
	base  = 10
	names = []string{"x", "y"}
)

func compute() int {
	return base * 2
}

var registry = map[string]int{}

func init() {
	registry["first"] = len(registry)
	fmt.Println("init 1", total, base)
}

func init() {
	registry["second"] = len(registry)
	fmt.Println("init 2", len(registry))
}

func main() {
	fmt.Println(total, base, names, registry)
	x := 1
	{
		x := 2
		x++
		fmt.Println("inner", x)
	}
	if x := "shadow"; len(x) > 0 {
		fmt.Println(x)
	}
	fmt.Println("outer", x)
	fmt.Println(len(os.Args) > 0)
}

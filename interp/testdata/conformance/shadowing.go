// Code generated from shadowing.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

func main() {
	x := 1
	if true {
		x := 2
		x++
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	if y := x * 10; y > 5 {
		fmt.Println("y", y)
	}
}

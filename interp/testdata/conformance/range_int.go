// Code generated from range_int.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

func main() {
	for i := range 4 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 3
	total := 0
	for i := range n {
		total += i
	}
	fmt.Println(total)
}

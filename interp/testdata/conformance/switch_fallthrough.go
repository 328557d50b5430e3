// Code generated from switch_fallthrough.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

func main() {
	for _, n := range []int{1, 2, 3} {
		switch n {
		case 1:
			fmt.Println("one")
			fallthrough
		case 2:
			fmt.Println("one or two")
		default:
			fmt.Println("other")
		}
	}
}

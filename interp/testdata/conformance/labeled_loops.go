// Code generated from labeled_loops.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == i {
				continue outer
			}
			if i == 2 && j == 1 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
}

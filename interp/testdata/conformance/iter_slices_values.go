// Code generated from iter_slices_values.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []string{"x", "y", "z"}
	for i, v := range slices.All(xs) {
		fmt.Println(i, v)
	}
	for v := range slices.Values(xs) {
		fmt.Print(v)
	}
	fmt.Println()
	for i, v := range slices.Backward(xs) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}

// Code generated from min_max.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

func main() {
	x, y := 3, 7
	fmt.Println(min(x, y), max(x, y), min(2.5, 1.5, 3), max("a", "b"))
	fmt.Println(min(x, 1), max(1.5, float64(y)))
}

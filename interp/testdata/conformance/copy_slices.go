// Code generated from copy_slices.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

func main() {
	src := []int{1, 2, 3, 4}
	dst := make([]int, 2)
	n := copy(dst, src)
	fmt.Println(n, dst)
	m := [][]int{{1}, {2, 3}}
	m[1] = append(m[1], 4)
	fmt.Println(m, len(m[1]))
}

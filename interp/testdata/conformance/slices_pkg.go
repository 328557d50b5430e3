// Code generated from slices_pkg.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []int{5, 2, 8, 1}
	slices.Sort(xs)
	fmt.Println(xs, slices.Contains(xs, 8), slices.Index(xs, 5), slices.Max(xs), slices.Min(xs))
	ys := slices.Clone(xs)
	slices.Reverse(ys)
	fmt.Println(ys, slices.Equal(xs, ys))
	fmt.Println(slices.Insert([]int{1, 4}, 1, 2, 3), slices.Compact([]int{1, 1, 2, 2, 3}))
}

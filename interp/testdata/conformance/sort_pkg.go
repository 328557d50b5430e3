// Code generated from sort_pkg.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []string{"pear", "fig", "apple"}
	sort.Strings(xs)
	fmt.Println(xs)
	ys := []int{3, 1, 2}
	sort.Sort(sort.Reverse(sort.IntSlice(ys)))
	fmt.Println(ys)
	people := []string{"bob", "al", "christine"}
	sort.Slice(people, func(i, j int) bool { return len(people[i]) < len(people[j]) })
	fmt.Println(people)
}

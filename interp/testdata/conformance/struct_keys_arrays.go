// Code generated from struct_keys_arrays.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/struct_keys_arrays.gos/_.go:1:1
type Pos struct {
	R, C int
}

func mutate(arr [3]int) [3]int {
	arr[1] = -1
	return arr
}

type Key struct {
	Name string
	N    int
}

func main() {
	grid := map[Pos]rune{}
	for r, line := range []string{"ab", "cd"} {
		for c, ch := range line {
			grid[Pos{r, c}] = ch
		}
	}
	fmt.Println(len(grid), string(grid[Pos{1, 0}]))
	fmt.Println(Pos{1, 2} == Pos{1, 2}, Pos{1, 2} != Pos{2, 1})
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 99
	fmt.Println(a, b, a == [3]int{1, 2, 3})
	fmt.Println(mutate(a), a)
	seen := map[[2]string]bool{{"x", "y"}: true}
	fmt.Println(seen[[2]string{"x", "y"}], seen[[2]string{"y", "x"}])
	counts := map[Key]int{}
	for _, k := range []Key{{"a", 1}, {"b", 2}, {"a", 1}} {
		counts[k]++
	}
	fmt.Println(counts[Key{"a", 1}], len(counts))
	matrix := [2][2]int{{1, 2}, {3, 4}}
	m2 := matrix
	m2[1][1] = 0
	fmt.Println(matrix, m2)
}

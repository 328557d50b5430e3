// Code generated from maps_structs_delete.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"maps"
	"sort"
)

//line testdata/conformance/maps_structs_delete.gos/_.go:1:1
type Item struct {
	Name  string
	Count int
}

type key struct{ x, y int }

var nm map[string]int

func main() {
	inv := map[string]Item{
		"a": {"apple", 3},
		"b": {"banana", 0},
		"c": {"cherry", 7},
		"d": {"date", 0},
	}
	it := inv["a"]
	it.Count += 10
	inv["a"] = it
	fmt.Println(inv["a"], inv["zzz"], len(inv))
	for k, v := range inv {
		if v.Count == 0 {
			delete(inv, k)
		}
	}
	keys := make([]string, 0)
	for k := range inv {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	ptrs := map[string]*Item{"x": {"xray", 1}}
	ptrs["x"].Count++
	fmt.Println(*ptrs["x"])
	groups := map[bool][]int{}
	for i := 1; i <= 10; i++ {
		groups[i%3 == 0] = append(groups[i%3 == 0], i)
	}
	fmt.Println(groups[true], groups[false])
	nested := map[string]map[string]int{}
	add := func(a, b string, n int) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b] += n
	}
	add("x", "y", 1)
	add("x", "y", 2)
	add("x", "z", 5)
	add("w", "y", 1)
	fmt.Println(nested, len(nested["x"]), nested["q"]["r"])
	v, ok := inv["b"]
	fmt.Printf("%+v %v\n", v, ok)
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	grid := map[key]string{{0, 0}: "origin", {1, 2}: "p"}
	grid[key{1, 2}] += "!"
	fmt.Println(grid[key{1, 2}], grid)
	m := map[int]int{}
	for i := range 100 {
		m[i] = i
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(len(m), sum)
	clear(m)
	fmt.Println(len(m), m == nil)
	fmt.Println(nm["x"], len(nm))
	delete(nm, "x")
	copyM := maps.Clone(inv)
	delete(copyM, "a")
	fmt.Println(len(inv), len(copyM))
}

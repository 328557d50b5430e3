// Code generated from generic_pair.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

//line testdata/conformance/generic_pair.gos/_.go:1:1
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Entries[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	var out []Pair[K, V]
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, Pair[K, V]{k, m[k]})
	}
	return out
}

func main() {
	fmt.Println(Entries(map[string]int{"b": 2, "a": 1}))
}

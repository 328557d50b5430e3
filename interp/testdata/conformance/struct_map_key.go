// Code generated from struct_map_key.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/struct_map_key.gos/_.go:1:1
type key struct{ a, b int }

func main() {
	counts := map[key]int{}
	counts[key{1, 2}]++
	counts[key{1, 2}]++
	counts[key{2, 1}]++
	fmt.Println(counts[key{1, 2}], counts[key{2, 1}], len(counts))
}

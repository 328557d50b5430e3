// Code generated from maps_pkg.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"maps"
)

func main() {
	a := map[string]int{"x": 1}
	b := maps.Clone(a)
	b["y"] = 2
	fmt.Println(len(a), len(b), maps.Equal(a, b))
	maps.DeleteFunc(b, func(k string, v int) bool { return v > 1 })
	fmt.Println(maps.Equal(a, b))
}

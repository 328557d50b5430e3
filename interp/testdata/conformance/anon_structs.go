// Code generated from anon_structs.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

func main() {
	pt := struct {
		X, Y int
	}{1, 2}
	fmt.Println(pt.X+pt.Y, pt)
	items := []struct {
		Name string
		Qty  int
	}{{"a", 1}, {"b", 2}}
	for _, it := range items {
		fmt.Println(it.Name, it.Qty)
	}
}

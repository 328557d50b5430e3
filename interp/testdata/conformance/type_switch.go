// Code generated from type_switch.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/type_switch.gos/_.go:1:1
func describe(v any) string {
	switch x := v.(type) {
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return "string " + x
	case []int:
		return fmt.Sprint("slice ", len(x))
	default:
		return "other"
	}
}

func main() {
	fmt.Println(describe(1), describe("s"), describe([]int{1, 2}), describe(2.5))
}

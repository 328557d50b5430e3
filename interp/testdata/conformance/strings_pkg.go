// Code generated from strings_pkg.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("abc"), strings.Repeat("ab", 3), strings.Split("a,b,c", ","), strings.Fields(" x  y z "))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Index("chicken", "ken"), strings.TrimSpace("  t  "))
}

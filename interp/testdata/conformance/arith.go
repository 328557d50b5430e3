// Code generated from arith.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b, a<<2, a>>1, a&b, a|b, a^b, a&^b)
	fmt.Println(7.0/2, float64(a)/float64(b))
}

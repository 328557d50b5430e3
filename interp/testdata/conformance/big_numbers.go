// Code generated from big_numbers.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math/big"
)

func main() {
	a := new(big.Int)
	a.SetString("123456789012345678901234567890", 10)
	b := big.NewInt(2)
	fmt.Println(new(big.Int).Mul(a, b))
	f := new(big.Int).MulRange(1, 25)
	fmt.Println(f)
}

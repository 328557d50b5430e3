// Code generated from bigint_fact.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math/big"
)

//line testdata/conformance/bigint_fact.gos/_.go:1:1
func fact(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func main() {
	f30 := fact(30)
	fmt.Println(f30, len(f30.String()))
	fmt.Printf("%v %s %x\n", fact(20), fact(25).String(), fact(15))
	sum := new(big.Int)
	for _, d := range fact(50).String() {
		sum.Add(sum, big.NewInt(int64(d-'0')))
	}
	fmt.Println("digit sum", sum)
	a, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	b := big.NewInt(987654321)
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	fmt.Println(q, m, a.Cmp(b), b.Cmp(a), a.Sign())
	fib := [2]*big.Int{big.NewInt(0), big.NewInt(1)}
	for i := 0; i < 100; i++ {
		fib[0].Add(fib[0], fib[1])
		fib[0], fib[1] = fib[1], fib[0]
	}
	fmt.Println(fib[0])
	r := new(big.Rat).SetFrac64(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))
	e := new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil)
	fmt.Println(e, e.BitLen(), new(big.Int).Sqrt(e))
	fmt.Println(big.NewInt(97).ProbablyPrime(10), new(big.Int).GCD(nil, nil, big.NewInt(84), big.NewInt(36)))
}

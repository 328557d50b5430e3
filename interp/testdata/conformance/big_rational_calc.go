// Code generated from big_rational_calc.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math/big"
)

// math/big: factorials and binomials, Fibonacci, modular exponentiation,
// exact rationals (harmonic numbers, continued fractions), big.Float with
// set precision, and formatting big values inside structs.
//
//line testdata/conformance/big_rational_calc.gos/_.go:1:1
func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

type Result struct {
	Label string
	Value *big.Int
}

func main() {
	fmt.Println(factorial(30), factorial(0), len(factorial(100).String()))
	binom := new(big.Int).Binomial(50, 25)
	fmt.Println("C(50,25) =", binom, binom.BitLen(), binom.ProbablyPrime(10))
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < 150; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	fmt.Println("fib(150) =", a)
	res := []Result{{"fib150", a}, {"fact25", factorial(25)}}
	fmt.Printf("%v\n%+v\n", res, res[0])
	mod := big.NewInt(1_000_000_007)
	e := new(big.Int).Exp(big.NewInt(2), big.NewInt(1_000_000), mod)
	fmt.Println("2^1e6 mod p =", e)
	g := new(big.Int).GCD(nil, nil, factorial(20), big.NewInt(1<<40))
	fmt.Println("gcd", g, g.TrailingZeroBits())
	x, y := new(big.Int), new(big.Int)
	new(big.Int).GCD(x, y, big.NewInt(240), big.NewInt(46))
	fmt.Println("bezout", x, y)
	sq := new(big.Int).Sqrt(factorial(20))
	fmt.Println("isqrt(20!) =", sq, sq.Cmp(big.NewInt(1559776268)), sq.Sign())
	n, ok := new(big.Int).SetString("-deadbeefcafebabe1234", 16)
	fmt.Println(n, ok, n.Text(36), fmt.Sprintf("%x %X %b", n, big.NewInt(255), big.NewInt(5)))
	_, ok = new(big.Int).SetString("12z", 10)
	fmt.Println("bad parse ok:", ok)
	q, r := new(big.Int).QuoRem(big.NewInt(-17), big.NewInt(5), new(big.Int))
	d, m := new(big.Int).DivMod(big.NewInt(-17), big.NewInt(5), new(big.Int))
	fmt.Println(q, r, d, m)
	h := new(big.Rat)
	for i := int64(1); i <= 10; i++ {
		h.Add(h, big.NewRat(1, i))
	}
	fmt.Println("H10 =", h, h.FloatString(6), h.Num(), h.Denom())
	f, exact := h.Float64()
	fmt.Println(f, exact)
	phi := big.NewRat(1, 1)
	for range 20 {
		phi.Add(big.NewRat(1, 1), new(big.Rat).Inv(phi))
	}
	fmt.Println("phi ~", phi, phi.FloatString(12))
	rr, _ := new(big.Rat).SetString("3.125")
	fmt.Println(rr, rr.IsInt(), new(big.Rat).Mul(rr, big.NewRat(8, 1)).IsInt(), rr.Cmp(big.NewRat(25, 8)))
	pi := new(big.Float).SetPrec(200)
	pi.SetString("3.14159265358979323846264338327950288419716939937510582097494459")
	two := new(big.Float).SetPrec(200).SetInt64(2)
	sqrt2 := new(big.Float).SetPrec(200).Sqrt(two)
	fmt.Println(sqrt2.Text('f', 50))
	fmt.Println(new(big.Float).Mul(pi, sqrt2).Text('g', 30), pi.Prec(), pi.MinPrec() > 0)
	fmt.Printf("%.20f %v %s\n", sqrt2, big.NewFloat(1.5), big.NewFloat(0.1).Text('e', 5))
	ff, acc := sqrt2.Float64()
	fmt.Println(ff, acc)
}

// Code generated from big_bits.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math/big"
	"math/bits"
)

func main() {
	fact := big.NewInt(1)
	for i := int64(1); i <= 30; i++ {
		fact.Mul(fact, big.NewInt(i))
	}
	fmt.Println("30! =", fact)
	fmt.Println(len(fact.String()), fact.BitLen())
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < 100; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	fmt.Println("fib(100) =", a)
	n, ok := new(big.Int).SetString("123456789012345678901234567890", 10)
	fmt.Println(n, ok)
	q, m := new(big.Int).DivMod(n, big.NewInt(97), new(big.Int))
	fmt.Println(q, m)
	p := new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil)
	fmt.Println(p, p.Cmp(n), n.Sign(), new(big.Int).Neg(n).Sign())
	fmt.Println(big.NewInt(97).ProbablyPrime(10), new(big.Int).GCD(nil, nil, big.NewInt(84), big.NewInt(36)))
	fmt.Printf("%x %s\n", p, p.Text(36))
	r := big.NewRat(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5), r.Num(), r.Denom())
	f := new(big.Float).SetPrec(100).SetInt64(2)
	f.Sqrt(f)
	fmt.Println(f.Text('f', 25))
	_, bad := new(big.Int).SetString("12x", 10)
	fmt.Println(bad)
	var x uint32 = 0b1011_0000
	fmt.Println(bits.OnesCount32(x), bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.Len32(x))
	fmt.Println(bits.RotateLeft8(0b1000_0001, 1), bits.Reverse8(0b0000_0110), bits.ReverseBytes16(0x1234) == 0x3412)
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(sum, carry)
	diff, borrow := bits.Sub32(0, 1, 0)
	fmt.Println(diff, borrow)
	quo, rem := bits.Div64(1, 0, 3)
	fmt.Println(quo, rem)
	fmt.Println(bits.UintSize, bits.OnesCount64(^uint64(0)), bits.Len(255))
}

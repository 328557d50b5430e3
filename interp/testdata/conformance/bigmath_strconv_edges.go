// Code generated from bigmath_strconv_edges.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"strconv"
)

func main() {
	fib := func(n int) *big.Int {
		a, b := big.NewInt(0), big.NewInt(1)
		for range n {
			a.Add(a, b)
			a, b = b, a
		}
		return a
	}
	f100 := fib(100)
	fmt.Println(f100, f100.BitLen(), len(f100.String()))
	fact := new(big.Int).MulRange(1, 30)
	fmt.Println(fact, fact.ProbablyPrime(10), new(big.Int).Mod(fact, big.NewInt(1_000_003)))
	q, r := new(big.Int).QuoRem(fact, f100, new(big.Int))
	fmt.Println(q, r.Sign())
	p := new(big.Int).Exp(big.NewInt(2), big.NewInt(127), nil)
	p.Sub(p, big.NewInt(1))
	fmt.Println(p, p.ProbablyPrime(20), p.Text(16), fmt.Sprintf("%x", p))
	x, ok := new(big.Int).SetString("-0x_dead_beef", 0)
	fmt.Println(x, ok)
	_, ok = new(big.Int).SetString("12z", 10)
	fmt.Println(ok)
	h := new(big.Rat)
	for i := int64(1); i <= 10; i++ {
		h.Add(h, big.NewRat(1, i))
	}
	fmt.Println(h, h.FloatString(6), h.IsInt())
	r1, _ := new(big.Rat).SetString("3/12")
	fmt.Println(r1, r1.Num(), r1.Denom(), new(big.Rat).Mul(r1, big.NewRat(8, 1)).IsInt())
	sq := new(big.Float).SetPrec(200).SetInt64(2)
	sq.Sqrt(sq)
	fmt.Println(sq.Text('f', 50))
	fl, acc := sq.Float64()
	fmt.Println(fl, acc)
	hi, lo := bits.Mul64(math.MaxUint64, 3)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(sum, carry, diff, borrow)
	quo, rem := bits.Div64(1, 0, 3)
	fmt.Println(quo, rem, bits.Len(255), bits.Reverse8(0b0000_0110), bits.RotateLeft32(1, -1))
	for _, s := range []string{"1e308", "1e309", "-1e-400", "0x1p-2", "inf", "-Inf", "NaN", "1_000.5", "1__0", ".5e1", "abc", ""} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("%-8q %-12v %v\n", s, f, err)
	}
	for _, s := range []string{"127", "128", "-129", "0b1010", "0o17", "0x7F", "1_000", "+5", " 5"} {
		v, err := strconv.ParseInt(s, 0, 8)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("%-8q %4d %s (func=%s, range=%t)\n", s, v, ne.Err, ne.Func, errors.Is(err, strconv.ErrRange))
			continue
		}
		fmt.Printf("%-8q %4d ok\n", s, v)
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	fmt.Println(strconv.Quote("tab\there \"q\" é \x00 🙂"), strconv.QuoteToASCII("é🙂"), strconv.QuoteRune('\n'))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(s, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	fmt.Println(strconv.FormatFloat(1.0/3, 'g', 5, 32), strconv.FormatFloat(1e21, 'f', -1, 64), strconv.FormatFloat(-0.0, 'e', 3, 64))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(math.MinInt64, 2)[:8], strconv.AppendBool([]byte("ok="), true))
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err, strconv.Itoa(-0), strconv.IsPrint('\u00ad'))
}

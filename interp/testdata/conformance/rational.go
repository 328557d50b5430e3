// Code generated from rational.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
)

//line testdata/conformance/rational.gos/_.go:1:1
type Rat struct{ num, den int64 }

func gcd(a, b int64) int64 {
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func NewRat(n, d int64) Rat {
	if d == 0 {
		panic(fmt.Sprintf("zero denominator in %d/%d", n, d))
	}
	if d < 0 {
		n, d = -n, -d
	}
	g := gcd(n, d)
	return Rat{n / g, d / g}
}

func (r Rat) Add(o Rat) Rat { return NewRat(r.num*o.den+o.num*r.den, r.den*o.den) }

func (r Rat) Mul(o Rat) Rat { return NewRat(r.num*o.num, r.den*o.den) }

func (r Rat) Neg() Rat { return Rat{-r.num, r.den} }

func (r Rat) Less(o Rat) bool { return r.num*o.den < o.num*r.den }

func (r Rat) String() string {
	if r.den == 1 {
		return fmt.Sprint(r.num)
	}
	return fmt.Sprintf("%d/%d", r.num, r.den)
}

func main() {
	sum := NewRat(0, 1)
	for i := int64(1); i <= 6; i++ {
		sum = sum.Add(NewRat(1, i))
		fmt.Println(i, sum)
	}
	rs := []Rat{NewRat(3, 4), NewRat(-1, 2), NewRat(5, 3), NewRat(2, -6)}
	sort.Slice(rs, func(i, j int) bool { return rs[i].Less(rs[j]) })
	fmt.Println(rs)
	fmt.Printf("%v %s %d\n", rs[0], rs[1].Neg(), rs[2])
	m := map[Rat]string{NewRat(1, 2): "half", NewRat(2, 4): "also half"}
	fmt.Println(len(m), m[NewRat(3, 6)])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		NewRat(1, 0)
	}()
	var st fmt.Stringer = NewRat(10, 4)
	fmt.Println(st.String(), st)
}

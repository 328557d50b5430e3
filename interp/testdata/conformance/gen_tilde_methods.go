// Code generated from gen_tilde_methods.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
)

// Generic constraints with ~ underlying types and methods: units of
// measure, a Stringer-constrained formatter, numeric helpers.
//
//line testdata/conformance/gen_tilde_methods.gos/_.go:1:1
type Number interface {
	~int | ~int8 | ~int32 | ~int64 | ~float32 | ~float64
}

type Meters float64

type Seconds float64

type Cents int64

type Level int8

func (m Meters) String() string { return fmt.Sprintf("%.1fm", float64(m)) }

func (s Seconds) String() string { return fmt.Sprintf("%.2fs", float64(s)) }

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type Quantity interface {
	Number
	fmt.Stringer
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func Report[Q Quantity](label string, xs []Q) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	total := Sum(xs...)
	return fmt.Sprintf("%s: %s = %v (%T)", label, strings.Join(parts, " + "), total, total)
}

func Clamp[T cmp.Ordered](x, lo, hi T) T {
	return min(max(x, lo), hi)
}

func Scale[S ~[]E, E Number](s S, f E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * f
	}
	return out
}

type Path []Meters

func (p Path) Length() Meters { return Sum(p...) }

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

func Abs[T Integer](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

type Set[T comparable] map[T]struct{}

func SetOf[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }

func Keys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	return slices.Sorted(maps.Keys(m))
}

type Temp float64

func main() {
	fmt.Println(Report("legs", []Meters{1.5, 2.25, 10}))
	fmt.Println(Report("laps", []Seconds{61.5, 59.25}))
	fmt.Println(Report("cart", []Cents{199, 1050, 5}))
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[Level](100, 27), Sum[int8]())
	fmt.Printf("%.3f %v\n", Mean([]Cents{100, 201}), math.IsNaN(Mean([]int{})))
	fmt.Println(Clamp(15, 0, 10), Clamp(Meters(-3), 0, 5), Clamp("m", "a", "k"))
	p := Path{3, 4.5}
	sp := Scale(p, 2)
	fmt.Printf("%v %T %v\n", sp, sp, sp.Length())
	fmt.Println(Scale([]int{1, 2, 3}, -1), Abs(Level(-128+1)), Abs(Cents(-250)))
	s := SetOf(Level(1), 3, 5)
	fmt.Println(s.Has(3), s.Has(4), len(s), Keys(s))
	words := SetOf(strings.Fields("b a c a b")...)
	fmt.Println(Keys(words), fmt.Sprintf("%T", words))
	temps := []Temp{20.5, 22, 19.5}
	fmt.Printf("%.2f %v\n", Mean(temps), Sum(temps...))
}

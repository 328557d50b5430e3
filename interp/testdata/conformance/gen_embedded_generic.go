// Code generated from gen_embedded_generic.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math"
	"strings"
)

// Generic types embedded in other types: promoted generic methods, a
// generic container embedded in a concrete type that adds methods, generic
// Pair with a String method printed inside slices and maps, and
// constraints with methods.
//
//line testdata/conformance/gen_embedded_generic.gos/_.go:1:1
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

func (s Stack[T]) Peek() T { return s.items[len(s.items)-1] }

type History struct {
	Stack[string]
	limit int
}

func (h *History) Visit(url string) {
	if h.Len() == h.limit {
		h.items = h.items[1:]
	}
	h.Push(url)
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

type Circle struct{ R float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func (r Rect) Name() string { return "rect" }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }

func (c Circle) Name() string { return "circle" }

func Largest[S Shape](shapes []S) S {
	best := shapes[0]
	for _, s := range shapes[1:] {
		if s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func JoinAll[T fmt.Stringer](xs []T, sep string) string {
	parts := make([]string, 0, len(xs))
	for _, x := range xs {
		parts = append(parts, x.String())
	}
	return strings.Join(parts, sep)
}

type Number interface{ ~int | ~float64 }

func SumBy[T any, N Number](xs []T, f func(T) N) N {
	var total N
	for _, x := range xs {
		total += f(x)
	}
	return total
}

var nums Stack[float64]

type Celsius float64

func main() {
	h := &History{limit: 3}
	for _, u := range []string{"a.com", "b.com", "c.com", "d.com"} {
		h.Visit(u)
	}
	fmt.Println(h.Len(), h.Peek(), h.items)
	for {
		v, ok := h.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	nums.Push(1.5)
	nums.Push(2.5)
	fmt.Println(nums.Len(), nums.Peek(), nums)
	pairs := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(pairs, pairs[0])
	fmt.Printf("%v %s %+v\n", pairs[1], pairs[1], pairs)
	byKey := map[string]Pair[string, float64]{"x": {"x", 0.5}}
	fmt.Println(byKey)
	fmt.Println(JoinAll(pairs, "; "))
	rects := []Rect{{2, 3}, {4, 1}, {1, 7}}
	fmt.Println(Largest(rects))
	shapes := []Shape{Rect{1, 1}, Circle{1}, Rect{3, 1}}
	big := Largest(shapes)
	fmt.Printf("%s %.3f %v\n", big.Name(), big.Area(), big)
	fmt.Printf("%.2f\n", SumBy(shapes, func(s Shape) float64 { return s.Area() }))
	fmt.Println(SumBy(pairs, func(p Pair[string, int]) int { return p.Val * 10 }))
	temps := []Celsius{20.5, 22, 19.25}
	fmt.Println(SumBy(temps, func(c Celsius) Celsius { return c }))
}

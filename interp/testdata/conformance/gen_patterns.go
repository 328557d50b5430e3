// Code generated from gen_patterns.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Generic patterns from real code: (T, bool) and (T, error) results at
// the top level, a pointer-method constraint, a float constraint with
// math, goroutines merging channels of T, zero values, json of a generic
// struct, methods called on map elements.
//
//line testdata/conformance/gen_patterns.gos/_.go:1:1
type Float interface{ ~float32 | ~float64 }

func Norm[T Float](xs []T) T {
	var s T
	for _, x := range xs {
		s += x * x
	}
	return T(math.Sqrt(float64(s)))
}

func Find[T any](xs []T, pred func(T) bool) (T, bool) {
	for _, x := range xs {
		if pred(x) {
			return x, true
		}
	}
	var zero T
	return zero, false
}

func Parse[T any](s string, conv func(string) (T, error)) (T, error) {
	v, err := conv(s)
	if err != nil {
		var zero T
		return zero, fmt.Errorf("parse %q: %w", s, err)
	}
	return v, nil
}

func Zero[T any]() T {
	var z T
	return z
}

type Counter struct{ n int }

func (c *Counter) Reset() { c.n = 0 }

func ResetAll[T any, PT interface {
	*T
	Reset()
}](xs []T) {
	for i := range xs {
		PT(&xs[i]).Reset()
	}
}

func Merge[T any](a, b <-chan T) <-chan T {
	out := make(chan T)
	done := make(chan bool)
	pump := func(c <-chan T) {
		for v := range c {
			out <- v
		}
		done <- true
	}
	go pump(a)
	go pump(b)
	go func() {
		<-done
		<-done
		close(out)
	}()
	return out
}

func Gen[T any](vs ...T) <-chan T {
	ch := make(chan T)
	go func() {
		for _, v := range vs {
			ch <- v
		}
		close(ch)
	}()
	return ch
}

type Pair[K comparable, V any] struct {
	Key K `json:"key"`
	Val V `json:"val"`
}

type Acc[T Float] struct{ sum T }

func (a *Acc[T]) Add(x T) *Acc[T] { a.sum += x; return a }

func (a Acc[T]) Value() T { return a.sum }

var back []Pair[string, float64]

func main() {
	fmt.Printf("%.3f %.3f\n", Norm([]float64{3, 4}), Norm([]float32{1, 1}))
	w, ok := Find(strings.Fields("go is fun"), func(s string) bool { return len(s) == 3 })
	fmt.Println(w, ok)
	n, ok := Find([]int{1, 3}, func(x int) bool { return x%2 == 0 })
	fmt.Println(n, ok)
	i, err := Parse("42", strconv.Atoi)
	fmt.Println(i, err)
	f, err := Parse("x", func(s string) (float64, error) { return strconv.ParseFloat(s, 64) })
	fmt.Println(f, err)
	fmt.Printf("%q %v %v\n", Zero[string](), Zero[*int]() == nil, Zero[Pair[string, int]]())
	cs := []Counter{{3}, {5}}
	ResetAll(cs)
	fmt.Println(cs)
	total := 0
	for v := range Merge(Gen(1, 2, 3), Gen(10, 20)) {
		total += v
	}
	fmt.Println(total)
	b, _ := json.Marshal([]Pair[string, float64]{{"a", 1.5}, {"b", 2}})
	fmt.Println(string(b))
	err = json.Unmarshal(b, &back)
	fmt.Println(back, err)
	accs := map[string]*Acc[float64]{"x": {}, "y": {}}
	accs["x"].Add(1).Add(2.5)
	accs["y"].Add(-1)
	fmt.Println(accs["x"].Value(), accs["y"].Value())
}

// Code generated from gen_numeric.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"math"
	"strings"
)

// Numeric generics: a Matrix[T Number] with methods, a generic binary
// search over cmp.Ordered, memoization over a comparable key, a
// generic event bus, statistics over a ~float64 named type.
//
//line testdata/conformance/gen_numeric.gos/_.go:1:1
type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

func NewMatrix[T Number](rows, cols int, vals ...T) *Matrix[T] {
	m := &Matrix[T]{rows: rows, cols: cols, data: make([]T, rows*cols)}
	copy(m.data, vals)
	return m
}

func (m *Matrix[T]) At(i, j int) T { return m.data[i*m.cols+j] }

func (m *Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

func (m *Matrix[T]) Mul(o *Matrix[T]) *Matrix[T] {
	out := NewMatrix[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s T
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out
}

func (m *Matrix[T]) String() string {
	var b strings.Builder
	for i := 0; i < m.rows; i++ {
		fmt.Fprintln(&b, m.data[i*m.cols:(i+1)*m.cols])
	}
	return b.String()
}

func BinarySearch[T cmp.Ordered](xs []T, target T) (int, bool) {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := (lo + hi) / 2
		switch {
		case xs[mid] < target:
			lo = mid + 1
		case xs[mid] > target:
			hi = mid
		default:
			return mid, true
		}
	}
	return lo, false
}

func Memo[K comparable, V any](f func(K) V) (func(K) V, *int) {
	cache := map[K]V{}
	calls := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		calls++
		v := f(k)
		cache[k] = v
		return v
	}, &calls
}

type Bus[T any] struct {
	subs map[string][]func(T)
}

func (b *Bus[T]) On(topic string, f func(T)) {
	if b.subs == nil {
		b.subs = map[string][]func(T){}
	}
	b.subs[topic] = append(b.subs[topic], f)
}

func (b *Bus[T]) Emit(topic string, v T) int {
	for _, f := range b.subs[topic] {
		f(v)
	}
	return len(b.subs[topic])
}

type Kelvin float64

func Stats[T ~float32 | ~float64](xs []T) (mean, std T) {
	for _, x := range xs {
		mean += x
	}
	mean /= T(len(xs))
	for _, x := range xs {
		std += (x - mean) * (x - mean)
	}
	std = T(math.Sqrt(float64(std / T(len(xs)))))
	return mean, std
}

var fib func(int) int

var calls *int

var bus Bus[string]

var log []string

func main() {
	a := NewMatrix(2, 2, 1, 2, 3, 4)
	fmt.Print(a.Mul(a))
	f := NewMatrix[float64](1, 2, 0.5, 1.5)
	g := NewMatrix[float64](2, 1, 2, 4)
	fmt.Print(f.Mul(g).String())
	fmt.Println(a.At(1, 0), f.At(0, 1))
	words := []string{"ant", "bee", "cat", "dog"}
	fmt.Println(BinarySearch(words, "cat"))
	fmt.Println(BinarySearch(words, "cow"))
	fmt.Println(BinarySearch([]float64{0.5, 1.5, 2.5}, 2.5))
	fib, calls = Memo(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(40), *calls)
	upper, _ := Memo(strings.ToUpper)
	fmt.Println(upper("go"), upper("go"))
	bus.On("greet", func(s string) { log = append(log, "hello "+s) })
	bus.On("greet", func(s string) { log = append(log, "hi "+s) })
	fmt.Println(bus.Emit("greet", "ann"), bus.Emit("bye", "x"), log)
	nums := &Bus[int]{}
	total := 0
	nums.On("add", func(n int) { total += n })
	for i := range 5 {
		nums.Emit("add", i)
	}
	fmt.Println(total)
	m, s := Stats([]Kelvin{270, 280, 290})
	fmt.Printf("%.2f %.3f %T\n", m, s, m)
	m32, _ := Stats([]float32{1, 2})
	fmt.Println(m32)
}

// Code generated from gen_list_option.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"iter"
)

//line testdata/conformance/gen_list_option.gos/_.go:1:1
type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head}; l.size++ }

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.val) {
				return
			}
			i++
		}
	}
}

func Map[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	var vals []U
	for _, v := range l.All() {
		vals = append(vals, f(v))
	}
	for i := len(vals) - 1; i >= 0; i-- {
		out.Push(vals[i])
	}
	return out
}

func Reduce[T, A any](l *List[T], init A, f func(A, T) A) A {
	acc := init
	for _, v := range l.All() {
		acc = f(acc, v)
	}
	return acc
}

type Num interface{ ~int | ~int64 | ~float64 }

func Avg[T Num](xs ...T) float64 {
	if len(xs) == 0 {
		return 0
	}
	var s T
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func None[T any]() Opt[T] { return Opt[T]{} }

func (o Opt[T]) Get() (T, bool) { return o.v, o.ok }

func (o Opt[T]) OrElse(d T) T {
	if o.ok {
		return o.v
	}
	return d
}

func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

func Find[T comparable](xs []T, x T) Opt[int] {
	for i, v := range xs {
		if v == x {
			return Some(i)
		}
	}
	return None[int]()
}

type MyInt int

func main() {
	l := &List[string]{}
	for _, s := range []string{"c", "bb", "a"} {
		l.Push(s)
	}
	lens := Map(l, func(s string) int { return len(s) })
	for i, v := range lens.All() {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(lens.size)
	fmt.Println(Reduce(l, "", func(a string, s string) string { return a + s }), Reduce(lens, 0.5, func(a float64, n int) float64 { return a + float64(n) }))
	fmt.Println(Avg(1, 2, 4), Avg[float64](), Avg(MyInt(3), MyInt(4)))
	fmt.Println(Find([]string{"x", "y"}, "y"), Find([]int{1}, 5), Find([]int{1}, 5).OrElse(-1))
	o := Some(3.5)
	v, ok := o.Get()
	fmt.Println(v, ok, o, []Opt[string]{Some("a"), None[string]()})
	fmt.Printf("%v %+v %s\n", o, None[bool](), Some([]int{1}))
}

// Code generated from gen_nested_types.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"time"
)

// Mutually recursive generic types, a generic type embedded in another
// (promoted fields and methods), type arguments that are func, struct,
// interface and channel types, and %T of each.
//
//line testdata/conformance/gen_nested_types.gos/_.go:1:1
type A[T any] struct {
	v T
	b *B[T]
}

type B[T any] struct {
	w T
	a *A[T]
}

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

type Named[T any] struct {
	Box[T]
	Name string
}

func (n Named[T]) Describe() string { return fmt.Sprint(n.Name, "=", n.Get(), n.V, n.Box.V) }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func main() {
	x := &A[int]{v: 1}
	x.b = &B[int]{w: 2, a: x}
	fmt.Println(x.b.a.v, x.b.w)
	n := Named[float64]{Box[float64]{2.5}, "x"}
	fmt.Println(n.Describe(), n.Get(), n.V)
	fmt.Printf("%+v %T\n", n, n)
	s1 := &Stack[func() int]{}
	s1.Push(func() int { return 7 })
	s2 := &Stack[struct{ A int }]{}
	s2.Push(struct{ A int }{3})
	s3 := &Stack[any]{}
	s3.Push(1)
	s3.Push("x")
	s4 := &Stack[fmt.Stringer]{}
	s4.Push(time.Second)
	s5 := &Stack[<-chan int]{}
	fmt.Println(s1.items[0](), s2.items, s3.items, s4.items[0].String(), len(s5.items))
	fmt.Printf("%T|%T|%T|%T\n", s1, s2, s3, s4)
}

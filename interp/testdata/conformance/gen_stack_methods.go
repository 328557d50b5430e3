// Code generated from gen_stack_methods.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/gen_stack_methods.gos/_.go:1:1
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

func (s Stack[T]) String() string {
	return fmt.Sprintf("Stack%v", s.items)
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

var s Stack[string]

func main() {
	s.Push("a")
	s.Push("b")
	s.Push("c")
	fmt.Println(s.Len(), s)
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	p := MakePair("x", 42)
	fmt.Printf("%v %+v\n", p, p.Swap())
	ints := &Stack[int]{}
	for i := range 5 {
		ints.Push(i * i)
	}
	fmt.Println(ints.items, ints.Len())
}

// Code generated from generic_ds.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"strings"
)

//line testdata/conformance/generic_ds.gos/_.go:1:1
type Stack[T any] struct{ items []T }

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

type Queue[T any] struct {
	head, tail []T
}

func (q *Queue[T]) Enqueue(v T) { q.tail = append(q.tail, v) }

func (q *Queue[T]) Dequeue() (T, error) {
	if len(q.head) == 0 {
		for len(q.tail) > 0 {
			n := len(q.tail) - 1
			q.head = append(q.head, q.tail[n])
			q.tail = q.tail[:n]
		}
	}
	if len(q.head) == 0 {
		var z T
		return z, errors.New("empty queue")
	}
	n := len(q.head) - 1
	v := q.head[n]
	q.head = q.head[:n]
	return v, nil
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

var s Stack[string]

func main() {
	for _, w := range []string{"a", "b", "c"} {
		s.Push(w)
	}
	fmt.Println(s.Len())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	q := &Queue[int]{}
	for i := 1; i <= 3; i++ {
		q.Enqueue(i * i)
	}
	a, _ := q.Dequeue()
	q.Enqueue(100)
	for {
		v, err := q.Dequeue()
		if err != nil {
			fmt.Println("err:", err)
			break
		}
		fmt.Print(v, ",")
	}
	fmt.Println(a)
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return strings.Repeat("x", i) }))
	fmt.Println(Sum(1.5, 2.5), Sum[int](), Sum(int64(7), 8))
	ps := Stack[[2]int]{}
	ps.Push([2]int{1, 2})
	top, _ := ps.Pop()
	fmt.Printf("%v %T\n", top, top)
}

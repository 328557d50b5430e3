// Code generated from linked_list_generic.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"iter"
)

//line testdata/conformance/linked_list_generic.gos/_.go:1:1
type List[T any] struct {
	head *elem[T]
	size int
}

type elem[T any] struct {
	val  T
	next *elem[T]
}

func (l *List[T]) Push(v T) {
	l.head = &elem[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := l.head; e != nil; e = e.next {
			if !yield(e.val) {
				return
			}
		}
	}
}

var l List[int]

func main() {
	for i := range 4 {
		l.Push(i)
	}
	for v := range l.All() {
		fmt.Print(v, " ")
	}
	fmt.Println(l.size)
}

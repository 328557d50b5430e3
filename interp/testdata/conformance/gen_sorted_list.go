// Code generated from gen_sorted_list.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

// A generic sorted linked list over cmp.Ordered: a self-referential node
// type, methods, an iterator method and generic helper functions.
//
//line testdata/conformance/gen_sorted_list.gos/_.go:1:1
type node[T cmp.Ordered] struct {
	val  T
	next *node[T]
}

type SortedList[T cmp.Ordered] struct {
	head *node[T]
	n    int
}

func (l *SortedList[T]) Insert(v T) {
	p := &l.head
	for *p != nil && (*p).val < v {
		p = &(*p).next
	}
	*p = &node[T]{val: v, next: *p}
	l.n++
}

func (l *SortedList[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.val) {
				return
			}
		}
	}
}

func (l *SortedList[T]) Min() (T, bool) {
	if l.head == nil {
		var zero T
		return zero, false
	}
	return l.head.val, true
}

func Collect[T cmp.Ordered](l *SortedList[T]) []T {
	var out []T
	for v := range l.All() {
		out = append(out, v)
	}
	return out
}

func FromSlice[T cmp.Ordered](xs ...T) *SortedList[T] {
	l := &SortedList[T]{}
	for _, x := range xs {
		l.Insert(x)
	}
	return l
}

func MaxOf[T cmp.Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		m = max(m, x)
	}
	return m
}

var empty SortedList[float64]

func main() {
	ints := FromSlice(5, 1, 4, 1, 3)
	fmt.Println(Collect(ints), ints.n)
	words := FromSlice(strings.Fields("delta alpha charlie bravo")...)
	for w := range words.All() {
		if w == "charlie" {
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println()
	m, ok := words.Min()
	fmt.Println(m, ok)
	_, ok = empty.Min()
	fmt.Println(ok, len(Collect(&empty)))
	fmt.Println(MaxOf(3, 9, 2), MaxOf("b", "a"), MaxOf(2.5, -1))
	fmt.Println(cmp.Compare(MaxOf(1, 2), 2), slices.Max(Collect(ints)))
}

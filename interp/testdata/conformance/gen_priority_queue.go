// Code generated from gen_priority_queue.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

// A generic priority queue (binary heap written by hand, with a less
// function), used for task scheduling and a k-way merge.
//
//line testdata/conformance/gen_priority_queue.gos/_.go:1:1
type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func NewPQ[T any](less func(a, b T) bool, xs ...T) *PQ[T] {
	q := &PQ[T]{less: less}
	for _, x := range xs {
		q.Push(x)
	}
	return q
}

func (q *PQ[T]) Len() int { return len(q.items) }

func (q *PQ[T]) Push(x T) {
	q.items = append(q.items, x)
	i := len(q.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !q.less(q.items[i], q.items[p]) {
			break
		}
		q.items[i], q.items[p] = q.items[p], q.items[i]
		i = p
	}
}

func (q *PQ[T]) Pop() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	top := q.items[0]
	last := len(q.items) - 1
	q.items[0] = q.items[last]
	q.items[last] = zero
	q.items = q.items[:last]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(q.items) && q.less(q.items[l], q.items[m]) {
			m = l
		}
		if r < len(q.items) && q.less(q.items[r], q.items[m]) {
			m = r
		}
		if m == i {
			break
		}
		q.items[i], q.items[m] = q.items[m], q.items[i]
		i = m
	}
	return top, true
}

func (q *PQ[T]) Drain() iter.Seq[T] {
	return func(yield func(T) bool) {
		for q.Len() > 0 {
			x, _ := q.Pop()
			if !yield(x) {
				return
			}
		}
	}
}

type Task struct {
	Name     string
	Priority int
	Seq      int
}

func (t Task) String() string { return fmt.Sprintf("%s(p%d)", t.Name, t.Priority) }

// k-way merge of sorted slices
type cursor struct {
	src, idx int
}

var merged []int

func main() {
	seq := 0
	mk := func(name string, p int) Task { seq++; return Task{name, p, seq} }
	tasks := NewPQ(func(a, b Task) bool {
		if a.Priority != b.Priority {
			return a.Priority > b.Priority
		}
		return a.Seq < b.Seq
	}, mk("write", 2), mk("test", 3), mk("lint", 1), mk("deploy", 3))
	tasks.Push(mk("hotfix", 5))
	tasks.Push(mk("docs", 1))
	first, _ := tasks.Pop()
	fmt.Println("first:", first)
	fmt.Println("rest:", slices.Collect(tasks.Drain()))
	_, ok := tasks.Pop()
	fmt.Println("empty pop ok:", ok)
	lists := [][]int{{1, 4, 9}, {2, 3, 10, 11}, {}, {0, 5}}
	h := NewPQ(func(a, b cursor) bool { return lists[a.src][a.idx] < lists[b.src][b.idx] })
	for i, l := range lists {
		if len(l) > 0 {
			h.Push(cursor{i, 0})
		}
	}
	for c, ok := h.Pop(); ok; c, ok = h.Pop() {
		merged = append(merged, lists[c.src][c.idx])
		if c.idx+1 < len(lists[c.src]) {
			h.Push(cursor{c.src, c.idx + 1})
		}
	}
	fmt.Println("merged:", merged, slices.IsSorted(merged))
	words := NewPQ(func(a, b string) bool { return len(a) < len(b) || len(a) == len(b) && a < b },
		strings.Fields("the quick brown fox jumps over a lazy dog")...)
	for w := range words.Drain() {
		if len(w) > 4 {
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println("| left:", words.Len())
	fmt.Printf("%T %T\n", words, tasks.items)
}

// Code generated from gen_containers.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
)

// Generic containers: a queue, a keyed cache with two type parameters,
// a binary heap with a less function, and a generic type whose method
// returns another instantiation.
//
//line testdata/conformance/gen_containers.gos/_.go:1:1
type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Push(v T) { q.items = append(q.items, v) }

func (q *Queue[T]) Pop() (T, error) {
	var zero T
	if len(q.items) == 0 {
		return zero, errors.New("empty queue")
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, nil
}

func (q Queue[T]) Len() int { return len(q.items) }

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
	cap   int
}

func NewCache[K comparable, V any](n int) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), cap: n}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
		if len(c.order) > c.cap {
			old := c.order[0]
			c.order = c.order[1:]
			delete(c.data, old)
		}
	}
	c.data[k] = v
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	return v, ok
}

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool) *Heap[T] { return &Heap[T]{less: less} }

func (h *Heap[T]) Push(v T) {
	h.data = append(h.data, v)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) Pop() T {
	top := h.data[0]
	n := len(h.data) - 1
	h.data[0] = h.data[n]
	h.data = h.data[:n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && h.less(h.data[l], h.data[m]) {
			m = l
		}
		if r < n && h.less(h.data[r], h.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
	return top
}

func (h *Heap[T]) Len() int { return len(h.data) }

type List[T any] []T

func (l List[T]) Map(f func(T) T) List[T] {
	out := make(List[T], len(l))
	for i, v := range l {
		out[i] = f(v)
	}
	return out
}

func Enumerate[T any](l List[T]) List[Entry[T]] {
	out := make(List[Entry[T]], len(l))
	for i, v := range l {
		out[i] = Entry[T]{i, v}
	}
	return out
}

type Entry[T any] struct {
	I int
	V T
}

type task struct {
	pri  int
	name string
}

var q Queue[string]

func main() {
	q.Push("a")
	q.Push("b")
	fmt.Println(q.Len())
	for {
		v, err := q.Pop()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println("got", v)
	}
	c := NewCache[string, int](2)
	c.Put("x", 1)
	c.Put("y", 2)
	c.Put("z", 3)
	_, okx := c.Get("x")
	vz, okz := c.Get("z")
	fmt.Println(okx, vz, okz, len(c.data))
	h := NewHeap(func(a, b task) bool { return a.pri < b.pri })
	for i, n := range []string{"write", "test", "ship", "plan"} {
		h.Push(task{(i * 7) % 5, n})
	}
	for h.Len() > 0 {
		t := h.Pop()
		fmt.Print(t.name, ":", t.pri, " ")
	}
	fmt.Println()
	ih := NewHeap(func(a, b int) bool { return a > b })
	for _, v := range []int{3, 9, 1, 7} {
		ih.Push(v)
	}
	fmt.Println(ih.Pop(), ih.Pop(), ih.Len())
	l := List[int]{1, 2, 3}
	fmt.Println(l.Map(func(x int) int { return x * 10 }), Enumerate(l))
	fmt.Printf("%+v\n", Enumerate(List[string]{"a", "b"}))
}

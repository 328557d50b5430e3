// Code generated from gen_advanced.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

//line testdata/conformance/gen_advanced.gos/_.go:1:1
type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() []T {
	var out []T
	for n := l.head; n != nil; n = n.next {
		out = append(out, n.val)
	}
	return out
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.next {
		f(i, n.val)
		i++
	}
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}

func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

func (s Set[T]) Len() int { return len(s) }

func Keys[K cmp.Ordered, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

type Numeric interface{ ~int | ~float64 }

func Max[T Numeric](a T, rest ...T) T {
	m := a
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

type Cache[K comparable, V any] struct {
	data map[K]V
	miss int
	load func(K) (V, error)
}

func NewCache[K comparable, V any](load func(K) (V, error)) *Cache[K, V] {
	return &Cache[K, V]{data: map[K]V{}, load: load}
}

func (c *Cache[K, V]) Get(k K) (V, error) {
	if v, ok := c.data[k]; ok {
		return v, nil
	}
	c.miss++
	v, err := c.load(k)
	if err != nil {
		var zero V
		return zero, fmt.Errorf("load %v: %w", k, err)
	}
	c.data[k] = v
	return v, nil
}

var l List[string]

type MyInt int

func main() {
	l.Push("a")
	l.Push("b")
	l.Push("c")
	fmt.Println(l.All(), l.size)
	l.Each(func(i int, s string) { fmt.Print(i, "=", s, " ") })
	fmt.Println()
	s := Set[int]{}
	s.Add(1, 2, 2, 3)
	fmt.Println(s.Has(2), s.Has(5), s.Len())
	fmt.Println(Keys(map[string]int{"z": 1, "a": 2}), Keys(map[float64]bool{2.5: true, -1: false}))
	fmt.Println(Max(3, 9, 2), Max(1.5), Max[MyInt](4, 8))
	c := NewCache(func(k string) (int, error) {
		if k == "" {
			return 0, errors.New("empty key")
		}
		return len(k), nil
	})
	for _, k := range []string{"abc", "abc", "", "hello"} {
		v, err := c.Get(k)
		fmt.Println(v, err)
	}
	fmt.Println(c.miss)
	pairs := [][2]int{{3, 1}, {1, 2}, {2, 0}}
	slices.SortFunc(pairs, func(a, b [2]int) int { return cmp.Compare(a[1], b[1]) })
	fmt.Println(pairs, slices.Index([]string{"x", "y"}, "y"), slices.Contains([]int{1}, 2), slices.Max([]float64{1, 3, 2}))
}

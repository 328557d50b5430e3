// Code generated from ordered_map_generic.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

// An insertion-ordered generic map with iterators, a generic Set built on
// it, and iter.Pull2 to walk two maps in lockstep.
//
//line testdata/conformance/ordered_map_generic.gos/_.go:1:1
type OrderedMap[K comparable, V any] struct {
	keys  []K
	index map[K]int
	vals  map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{index: map[K]int{}, vals: map[K]V{}}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := m.index[k]; !ok {
		m.index[k] = len(m.keys)
		m.keys = append(m.keys, k)
	}
	m.vals[k] = v
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := m.vals[k]
	return v, ok
}

func (m *OrderedMap[K, V]) Delete(k K) bool {
	i, ok := m.index[k]
	if !ok {
		return false
	}
	m.keys = slices.Delete(m.keys, i, i+1)
	delete(m.index, k)
	delete(m.vals, k)
	for j := i; j < len(m.keys); j++ {
		m.index[m.keys[j]] = j
	}
	return true
}

func (m *OrderedMap[K, V]) Len() int { return len(m.keys) }

func (m *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range m.keys {
			if !yield(k, m.vals[k]) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range m.All() {
			if !yield(k) {
				return
			}
		}
	}
}

type Set[T cmp.Ordered] struct{ m *OrderedMap[T, struct{}] }

func NewSet[T cmp.Ordered](xs ...T) Set[T] {
	s := Set[T]{NewOrderedMap[T, struct{}]()}
	for _, x := range xs {
		s.m.Set(x, struct{}{})
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s.m.Get(x); return ok }

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s.m.Keys() {
		if o.Has(k) {
			r.m.Set(k, struct{}{})
		}
	}
	return r
}

func (s Set[T]) Sorted() []T { return slices.Sorted(s.m.Keys()) }

func (s Set[T]) String() string { return fmt.Sprint(s.Sorted()) }

func main() {
	scores := NewOrderedMap[string, int]()
	for i, name := range []string{"zoe", "adam", "mia", "bob", "adam"} {
		scores.Set(name, (i+1)*10)
	}
	for k, v := range scores.All() {
		fmt.Printf("%s=%d ", k, v)
	}
	fmt.Println("len", scores.Len())
	fmt.Println("delete mia:", scores.Delete("mia"), "delete x:", scores.Delete("x"))
	for k, v := range scores.All() {
		if v > 40 {
			fmt.Println("stop at", k)
			break
		}
		fmt.Println(k, v)
	}
	ages := NewOrderedMap[string, float64]()
	ages.Set("zoe", 31.5)
	ages.Set("adam", 40)
	next, stop := iter.Pull2(scores.All())
	for k2, a := range ages.All() {
		k1, v1, ok := next()
		if !ok {
			break
		}
		fmt.Printf("%-5s %3d | %-5s %5.1f\n", k1, v1, k2, a)
	}
	stop()
	a := NewSet(5, 3, 9, 1, 3)
	b := NewSet(9, 4, 5, 7)
	fmt.Println(a, b, a.Intersect(b), a.Has(4), b.Has(4))
	words := NewSet(strings.Fields("the quick brown fox jumps over the lazy dog")...)
	fmt.Printf("%v %d\n", words, words.m.Len())
}

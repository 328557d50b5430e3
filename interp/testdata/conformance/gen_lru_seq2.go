// Code generated from gen_lru_seq2.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
)

// A generic LRU cache with iterators (iter.Seq2), plus maps.All,
// slices.Collect and slices.SortedFunc over its contents.
//
//line testdata/conformance/gen_lru_seq2.gos/_.go:1:1
type entry[K comparable, V any] struct {
	key        K
	val        V
	prev, next *entry[K, V]
}

type LRU[K comparable, V any] struct {
	cap        int
	items      map[K]*entry[K, V]
	head, tail *entry[K, V] // head = most recent
	evicted    []K
}

func NewLRU[K comparable, V any](n int) *LRU[K, V] {
	return &LRU[K, V]{cap: n, items: make(map[K]*entry[K, V])}
}

func (c *LRU[K, V]) unlink(e *entry[K, V]) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		c.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		c.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (c *LRU[K, V]) pushFront(e *entry[K, V]) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	e, ok := c.items[k]
	if !ok {
		var zero V
		return zero, false
	}
	c.unlink(e)
	c.pushFront(e)
	return e.val, true
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.val = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) == c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		c.evicted = append(c.evicted, old.key)
	}
	e := &entry[K, V]{key: k, val: v}
	c.items[k] = e
	c.pushFront(e)
}

// All yields from most to least recently used.
func (c *LRU[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for e := c.head; e != nil; e = e.next {
			if !yield(e.key, e.val) {
				return
			}
		}
	}
}

func (c *LRU[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range c.All() {
			if !yield(k) {
				return
			}
		}
	}
}

type Page struct {
	URL  string
	Size int
}

func main() {
	cache := NewLRU[string, Page](3)
	for i, u := range []string{"/a", "/b", "/c", "/a", "/d", "/e", "/a"} {
		if p, ok := cache.Get(u); ok {
			fmt.Printf("hit  %-3s %+v\n", u, p)
			continue
		}
		cache.Put(u, Page{u, 100 * (i + 1)})
		fmt.Printf("miss %-3s\n", u)
	}
	fmt.Println("keys:", slices.Collect(cache.Keys()))
	fmt.Println("evicted:", cache.evicted)
	for k, v := range cache.All() {
		if v.Size > 600 {
			fmt.Println("stop at", k)
			break
		}
		fmt.Println(k, v.Size)
	}
	snapshot := map[string]int{}
	for k, e := range maps.All(cache.items) {
		snapshot[k] = e.val.Size
	}
	bySize := slices.SortedFunc(maps.Keys(snapshot), func(a, b string) int {
		return cmp.Compare(snapshot[b], snapshot[a])
	})
	fmt.Println("by size:", bySize, snapshot)
	ints := NewLRU[int, []int](2)
	ints.Put(1, []int{1})
	ints.Put(2, []int{2, 2})
	v, _ := ints.Get(1)
	v = append(v, 10)
	ints.Put(1, v)
	ints.Put(3, nil)
	for k, v := range ints.All() {
		fmt.Printf("%d=%v(%d) ", k, v, len(v))
	}
	fmt.Println()
	_, ok := ints.Get(2)
	fmt.Println("2 present:", ok, "evicted:", ints.evicted)
	fmt.Printf("%T\n", cache)
}

// Code generated from lru_list.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"container/list"
	"fmt"
)

//line testdata/conformance/lru_list.gos/_.go:1:1
type entry struct {
	key   string
	value int
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
	evict func(k string, v int)
}

func NewLRU(n int, onEvict func(string, int)) *LRU {
	return &LRU{cap: n, ll: list.New(), items: map[string]*list.Element{}, evict: onEvict}
}

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).value, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).value = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		ent := last.Value.(*entry)
		delete(c.items, ent.key)
		if c.evict != nil {
			c.evict(ent.key, ent.value)
		}
	}
}

func (c *LRU) Keys() []string {
	var ks []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry).key)
	}
	return ks
}

var evicted []string

func main() {
	c := NewLRU(3, func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s=%d", k, v)) })
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e"} {
		c.Put(k, i)
	}
	fmt.Println(c.Keys(), evicted)
	v, ok := c.Get("d")
	fmt.Println(v, ok, c.Keys())
	_, ok = c.Get("a")
	fmt.Println(ok)
	l := list.New()
	l.PushBack(1)
	l.PushBack("two")
	l.PushFront(0.5)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Printf("%v(%T) ", e.Value, e.Value)
	}
	fmt.Println(l.Len())
}

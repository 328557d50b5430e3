// Code generated from lru_cache.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"container/list"
	"fmt"
	"strings"
)

//line testdata/conformance/lru_cache.gos/_.go:1:1
type entry struct {
	key   string
	value int
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
	hits  int
	miss  int
}

func NewLRU(n int) *LRU {
	return &LRU{cap: n, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		c.hits++
		return e.Value.(*entry).value, true
	}
	c.miss++
	return 0, false
}

func (c *LRU) Put(k string, v int) (evicted string) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).value = v
		c.ll.MoveToFront(e)
		return ""
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		ek := last.Value.(*entry).key
		delete(c.items, ek)
		return ek
	}
	return ""
}

func (c *LRU) Keys() []string {
	var ks []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry).key)
	}
	return ks
}

var fib func(int) int

func main() {
	c := NewLRU(3)
	for i, k := range []string{"a", "b", "c"} {
		c.Put(k, i)
	}
	fmt.Println(c.Keys())
	v, ok := c.Get("a")
	fmt.Println(v, ok, c.Keys())
	fmt.Println("evicted:", c.Put("d", 3), c.Keys())
	_, ok = c.Get("b")
	fmt.Println(ok)
	c.Put("c", 20)
	fmt.Println(c.Keys(), c.Put("e", 4), c.Keys())
	for _, k := range strings.Split("a c d e a x c", " ") {
		if v, ok := c.Get(k); ok {
			fmt.Print(k, "=", v, " ")
		} else {
			fmt.Print(k, "=miss ")
		}
	}
	fmt.Println()
	fmt.Printf("hits=%d miss=%d ratio=%.2f len=%d\n", c.hits, c.miss, float64(c.hits)/float64(c.hits+c.miss), len(c.items))
	memo := map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(90), len(memo))
}

// Code generated from sync_map_atomic_cond.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Concurrency helpers from sync and sync/atomic: sync.Map, atomic.Value,
// typed atomics, an RWMutex-guarded cache, sync.Cond and sync.Pool.
//
//line testdata/conformance/sync_map_atomic_cond.gos/_.go:1:1
type Stats struct {
	Hits, Misses int
}

type Cache struct {
	mu    sync.RWMutex
	data  map[string]string
	stats Stats
}

func (c *Cache) Get(k string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k, v string) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

var sm sync.Map

var keys []string

var av atomic.Value

var cur atomic.Value

var n atomic.Int32

var wg sync.WaitGroup

var wg2 sync.WaitGroup

func main() {
	sm.Store("a", Stats{1, 2})
	sm.Store("b", &Stats{3, 4})
	v, ok := sm.Load("a")
	fmt.Println(v, ok, v.(Stats).Hits)
	p, _ := sm.Load("b")
	p.(*Stats).Hits++
	fmt.Println(*p.(*Stats))
	act, loaded := sm.LoadOrStore("a", Stats{})
	fmt.Println(act, loaded)
	sm.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	av.Store(Stats{5, 6})
	fmt.Println(av.Load().(Stats).Misses)
	fmt.Println(cur.Load() == nil)
	cur.Store(&Stats{7, 8})
	old := cur.Swap(&Stats{9, 10}).(*Stats)
	fmt.Println(*old, *cur.Load().(*Stats))
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n.Add(2)
		}()
	}
	wg.Wait()
	fmt.Println(n.Load(), n.CompareAndSwap(100, 1), n.Load())
	c := &Cache{data: map[string]string{}}
	for i := range 10 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			c.Set(fmt.Sprintf("k%d", i%3), strconv.Itoa(i%3))
		}()
	}
	wg2.Wait()
	for _, k := range []string{"k0", "k1", "k2", "k3"} {
		v, ok := c.Get(k)
		fmt.Print(k, "=", v, ":", ok, " ")
	}
	fmt.Println()
	cond := sync.NewCond(&sync.Mutex{})
	ready := false
	doneCh := make(chan bool)
	go func() {
		cond.L.Lock()
		for !ready {
			cond.Wait()
		}
		cond.L.Unlock()
		doneCh <- true
	}()
	cond.L.Lock()
	ready = true
	cond.Broadcast()
	cond.L.Unlock()
	fmt.Println(<-doneCh)
	pool := sync.Pool{New: func() any { return new(strings.Builder) }}
	sb := pool.Get().(*strings.Builder)
	sb.WriteString("pooled")
	fmt.Println(sb.String())
}

// Code generated from sync_rw_cache.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

//line testdata/conformance/sync_rw_cache.gos/_.go:1:1
type SafeMap struct {
	mu sync.RWMutex
	m  map[string]int
}

func (s *SafeMap) Inc(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k]++
}

func (s *SafeMap) Get(k string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.m[k]
}

var wg sync.WaitGroup

var ops atomic.Int64

var wg2 sync.WaitGroup

var once sync.Once

var m sync.Map

func main() {
	sm := &SafeMap{m: map[string]int{}}
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sm.Inc([]string{"a", "b"}[i%2])
		}(i)
	}
	wg.Wait()
	fmt.Println(sm.Get("a"), sm.Get("b"), sm.Get("c"))
	for range 8 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for range 100 {
				ops.Add(1)
			}
		}()
	}
	wg2.Wait()
	fmt.Println(ops.Load())
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once", i) })
	}
	fired := make(chan string, 1)
	time.AfterFunc(5*time.Millisecond, func() { fired <- "fired" })
	fmt.Println(<-fired)
	cond := sync.NewCond(&sync.Mutex{})
	ready := false
	go func() {
		time.Sleep(time.Millisecond)
		cond.L.Lock()
		ready = true
		cond.L.Unlock()
		cond.Broadcast()
	}()
	cond.L.Lock()
	for !ready {
		cond.Wait()
	}
	cond.L.Unlock()
	fmt.Println("ready", ready)
	m.Store("k", 1)
	v, ok := m.Load("k")
	_, loaded := m.LoadOrStore("k", 2)
	fmt.Println(v, ok, loaded)
}

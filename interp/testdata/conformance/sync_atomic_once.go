// Code generated from sync_atomic_once.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

//line testdata/conformance/sync_atomic_once.gos/_.go:1:1
var ops atomic.Int64

var hits int32

var done atomic.Bool

var wg sync.WaitGroup

var u atomic.Uint32

var val atomic.Value

var once sync.Once

type SafeMap struct {
	mu sync.RWMutex
	m  map[string]int
}

var wg2 sync.WaitGroup

var smap sync.Map

func main() {
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				ops.Add(1)
				atomic.AddInt32(&hits, 2)
			}
			done.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println(ops.Load(), atomic.LoadInt32(&hits), done.Load())
	var v int64 = 10
	fmt.Println(atomic.CompareAndSwapInt64(&v, 10, 20), v)
	fmt.Println(atomic.CompareAndSwapInt64(&v, 10, 30), v)
	fmt.Println(atomic.SwapInt64(&v, 5), v)
	u.Store(1)
	u.Add(^uint32(0))
	fmt.Println(u.Load())
	val.Store([]string{"cfg", "v1"})
	fmt.Println(val.Load().([]string)[1])
	initCount := 0
	setup := func() { initCount++ }
	for range 5 {
		once.Do(setup)
	}
	fmt.Println("init", initCount)
	getConfig := sync.OnceValue(func() int {
		initCount += 100
		return 42
	})
	fmt.Println(getConfig(), getConfig(), initCount)
	sm := &SafeMap{m: map[string]int{}}
	for i := range 10 {
		wg2.Add(2)
		go func() {
			defer wg2.Done()
			sm.mu.Lock()
			sm.m[fmt.Sprint("k", i%3)] += i
			sm.mu.Unlock()
		}()
		go func() {
			defer wg2.Done()
			sm.mu.RLock()
			_ = sm.m["k0"]
			sm.mu.RUnlock()
		}()
	}
	wg2.Wait()
	fmt.Println(sm.m)
	var cond = sync.NewCond(&sync.Mutex{})
	ready := false
	go func() {
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
	var pool = sync.Pool{New: func() any { return new(strings.Builder) }}
	b := pool.Get().(*strings.Builder)
	b.WriteString("pooled")
	fmt.Println(b.String())
	smap.Store("a", 1)
	smap.Store("b", 2)
	x, ok := smap.Load("a")
	_, loaded := smap.LoadOrStore("b", 3)
	fmt.Println(x, ok, loaded)
}

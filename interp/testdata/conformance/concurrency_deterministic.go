// Code generated from concurrency_deterministic.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// Goroutines with deterministic output: results written by index, a
// mutex-guarded map, an errgroup-like Group that keeps the first error,
// a semaphore channel, and a pipeline with closing stages.
//
//line testdata/conformance/concurrency_deterministic.gos/_.go:1:1
type Group struct {
	wg   sync.WaitGroup
	once sync.Once
	err  error
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() { g.err = err })
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

type Counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *Counter) Inc(k string, n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k] += n
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

var wg sync.WaitGroup

var wg2 sync.WaitGroup

var g Group

var total atomic.Int64

var mu sync.Mutex

var wg3 sync.WaitGroup

func main() {
	results := make([]int, 10)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)
	c := &Counter{m: map[string]int{}}
	words := strings.Fields("a b c a b a d e a c")
	for _, w := range words {
		wg2.Add(1)
		go func(w string) {
			defer wg2.Done()
			c.Inc(w, 1)
		}(w)
	}
	wg2.Wait()
	keys := slices.Sorted(maps.Keys(c.m))
	for _, k := range keys {
		fmt.Printf("%s:%d ", k, c.m[k])
	}
	fmt.Println()
	for i := 1; i <= 20; i++ {
		g.Go(func() error {
			if isPrime(i) {
				total.Add(int64(i))
			}
			if i == 13 {
				return fmt.Errorf("task %d: unlucky", i)
			}
			return nil
		})
	}
	err := g.Wait()
	fmt.Println("err:", err, "sum of primes:", total.Load())
	sem := make(chan struct{}, 3)
	maxActive, active := 0, 0
	for i := 0; i < 12; i++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg3.Wait()
	fmt.Println("max active <= 3:", maxActive <= 3, "active now:", active)
	gen := func(n int) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			for i := 1; i <= n; i++ {
				out <- i
			}
		}()
		return out
	}
	sq := func(in <-chan int) <-chan int {
		out := make(chan int, 2)
		go func() {
			defer close(out)
			for v := range in {
				out <- v * v
			}
		}()
		return out
	}
	sum := 0
	for v := range sq(sq(gen(5))) {
		sum += v
		fmt.Print(v, " ")
	}
	fmt.Println("=", sum)
	done := make(chan string)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Sprint("recovered: ", r)
			}
		}()
		var m map[string]int
		m["x"] = 1
	}()
	fmt.Println(<-done)
}

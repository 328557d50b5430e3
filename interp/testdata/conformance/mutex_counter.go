// Code generated from mutex_counter.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sync"
)

//line testdata/conformance/mutex_counter.gos/_.go:1:1
type SafeCounter struct {
	mu sync.Mutex
	n  int
}

func (c *SafeCounter) Add() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

var c SafeCounter

var wg sync.WaitGroup

func main() {
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Add()
		}()
	}
	wg.Wait()
	fmt.Println(c.n)
}

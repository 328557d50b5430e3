// Code generated from goroutine_methods.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

//line testdata/conformance/goroutine_methods.gos/_.go:1:1
type Worker struct{ id int }

func (w *Worker) Run(out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	out <- fmt.Sprintf("worker %d", w.id)
}

var wg sync.WaitGroup

var got []string

type Job func() int

var wg2 sync.WaitGroup

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

var wg3 sync.WaitGroup

func main() {
	out := make(chan string, 10)
	workers := []*Worker{{1}, {2}, {3}}
	for _, w := range workers {
		wg.Add(1)
		go w.Run(out, &wg)
	}
	wg.Wait()
	close(out)
	for s := range out {
		got = append(got, s)
	}
	sort.Strings(got)
	fmt.Println(got)
	jobs := make(chan Job, 3)
	for i := 1; i <= 3; i++ {
		jobs <- func() int { return i * 100 }
	}
	close(jobs)
	total := 0
	for j := range jobs {
		total += j()
	}
	fmt.Println(total)
	results := make([]int, 5)
	for i := range results {
		wg2.Add(1)
		go func(idx int) {
			defer wg2.Done()
			results[idx] = idx * idx
		}(i)
	}
	wg2.Wait()
	fmt.Println(results)
	c := Counter{n: map[string]int{}}
	for _, w := range strings.Fields("a b a c a b") {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			c.mu.Lock()
			defer c.mu.Unlock()
			c.n[w]++
		}()
	}
	wg3.Wait()
	fmt.Println(c.n)
}

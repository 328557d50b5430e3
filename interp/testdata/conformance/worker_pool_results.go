// Code generated from worker_pool_results.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

//line testdata/conformance/worker_pool_results.gos/_.go:1:1
type job struct {
	id int
	n  int
}

type result struct {
	id     int
	square int
	worker int
}

var wg sync.WaitGroup

var all []result

var mu sync.Mutex

var wg2 sync.WaitGroup

var once sync.Once

func main() {
	jobs := make(chan job)
	results := make(chan result, 10)
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(worker int) {
			defer wg.Done()
			for j := range jobs {
				results <- result{id: j.id, square: j.n * j.n, worker: worker}
			}
		}(w)
	}
	go func() {
		for i := 0; i < 10; i++ {
			jobs <- job{id: i, n: i + 1}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	workers := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workers[r.worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	total := 0
	for _, r := range all {
		fmt.Print(r.square, " ")
		total += r.square
	}
	fmt.Println()
	fmt.Println("total", total, "results", len(all), "workers>0", len(workers) > 0)
	counts := map[string]int{}
	words := strings.Fields("a b c a b a d e a c")
	for _, w := range words {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			defer mu.Unlock()
			counts[w]++
		}()
	}
	wg2.Wait()
	fmt.Println(counts)
	pipeline := func(in []int) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			for _, v := range in {
				out <- v * 2
			}
		}()
		return out
	}
	sq := func(in <-chan int) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			for v := range in {
				out <- v + 1
			}
		}()
		return out
	}
	for v := range sq(pipeline([]int{1, 2, 3})) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	done := make(chan struct{})
	for range 3 {
		go once.Do(func() { close(done) })
	}
	<-done
	fmt.Println("done once")
}

// Code generated from select_workers.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

var wg sync.WaitGroup

var mu sync.Mutex

var got []string

var once sync.Once

func main() {
	jobs := make(chan int)
	results := make(chan string, 10)
	total := 0
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				mu.Lock()
				total += j
				mu.Unlock()
				results <- fmt.Sprintf("job%d", j)
			}
		}(w)
	}
	for j := 1; j <= 6; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	for r := range results {
		got = append(got, r)
	}
	sort.Strings(got)
	fmt.Println(got, total)
	slow := make(chan int)
	select {
	case v := <-slow:
		fmt.Println("got", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
	ticker := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range ticker.C {
		n++
		if n == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	done := make(chan struct{})
	for i := 0; i < 3; i++ {
		once.Do(func() { close(done) })
	}
	_, open := <-done
	fmt.Println("open", open)
}

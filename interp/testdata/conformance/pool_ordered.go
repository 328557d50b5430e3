// Code generated from pool_ordered.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

//line testdata/conformance/pool_ordered.gos/_.go:1:1
type job struct {
	id int
	in string
}

type result struct {
	id  int
	out string
	err error
}

var wg sync.WaitGroup

var errs []error

var mu sync.Mutex

var wg2 sync.WaitGroup

var active, peak int32

var wg3 sync.WaitGroup

func main() {
	jobs := make(chan job)
	results := make(chan result)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(worker int) {
			defer wg.Done()
			for j := range jobs {
				var r result
				r.id = j.id
				if j.in == "" {
					r.err = fmt.Errorf("job %d: empty input", j.id)
				} else {
					r.out = strings.ToUpper(j.in) + strconv.Itoa(len(j.in))
				}
				results <- r
			}
		}(w)
	}
	inputs := []string{"alpha", "", "gamma", "delta", "eps", "", "zeta"}
	go func() {
		for i, s := range inputs {
			jobs <- job{i, s}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	ordered := make([]result, len(inputs))
	for r := range results {
		ordered[r.id] = r
	}
	for _, r := range ordered {
		if r.err != nil {
			errs = append(errs, r.err)
			continue
		}
		fmt.Println(r.id, r.out)
	}
	fmt.Println(errors.Join(errs...))
	total := 0
	for i := range 50 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println(total)
	sem := make(chan struct{}, 2)
	for i := 0; i < 6; i++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			sem <- struct{}{}
			n := atomic.AddInt32(&active, 1)
			for {
				p := atomic.LoadInt32(&peak)
				if n <= p || atomic.CompareAndSwapInt32(&peak, p, n) {
					break
				}
			}
			time.Sleep(2 * time.Millisecond)
			atomic.AddInt32(&active, -1)
			<-sem
		}()
	}
	wg3.Wait()
	fmt.Println("peak<=2:", peak <= 2, peak > 0)
}

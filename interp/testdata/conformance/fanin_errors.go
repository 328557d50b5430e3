// Code generated from fanin_errors.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

//line testdata/conformance/fanin_errors.gos/_.go:1:1
type result struct {
	id  int
	val int
	err error
}

func process(id int) (int, error) {
	if id%4 == 3 {
		return 0, fmt.Errorf("job %d: %w", id, errInvalid)
	}
	return id * id, nil
}

var errInvalid = errors.New("invalid input")

func fanIn(chs ...<-chan result) <-chan result {
	out := make(chan result)
	var wg sync.WaitGroup
	for _, ch := range chs {
		wg.Add(1)
		go func(c <-chan result) {
			defer wg.Done()
			for r := range c {
				out <- r
			}
		}(ch)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func worker(ids []int) <-chan result {
	ch := make(chan result)
	go func() {
		defer close(ch)
		for _, id := range ids {
			v, err := process(id)
			ch <- result{id, v, err}
		}
	}()
	return ch
}

var all []result

var errs []error

var mu sync.Mutex

var wg sync.WaitGroup

func main() {
	for r := range fanIn(worker([]int{0, 1, 2, 3}), worker([]int{4, 5, 6, 7}), worker([]int{8, 9})) {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	sum := 0
	for _, r := range all {
		if r.err != nil {
			errs = append(errs, r.err)
			continue
		}
		sum += r.val
	}
	fmt.Println("results:", len(all), "sum:", sum)
	err := errors.Join(errs...)
	fmt.Println(err)
	fmt.Println(errors.Is(err, errInvalid))
	sem := make(chan struct{}, 2)
	active, peak := 0, 0
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			time.Sleep(2 * time.Millisecond)
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("peak <= 2:", peak <= 2, "active:", active)
}

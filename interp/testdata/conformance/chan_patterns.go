// Code generated from chan_patterns.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func Map[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Source[T any](xs ...T) <-chan T {
	c := make(chan T, len(xs))
	for _, x := range xs {
		c <- x
	}
	close(c)
	return c
}

func Collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

type Worker struct {
	id   int
	jobs <-chan int
	res  chan<- string
}

func (w Worker) Run(wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range w.jobs {
		w.res <- fmt.Sprintf("w%d:%d", w.id, j*j)
	}
}

var wg sync.WaitGroup

var mu sync.Mutex

var wg2 sync.WaitGroup

var once sync.Once

// arrays of channels: key-only range, send-only slices
var arr [3]chan int

// result channel of results
type result struct {
	v   int
	err error
}

func main() {
	fmt.Println(Collect(Map(Source(1, 2, 3), func(i int) string { return fmt.Sprint(i * 10) })))
	chs := make(chan (<-chan int), 2)
	chs <- Source(1, 2)
	chs <- Source(3)
	close(chs)
	tot := 0
	for c := range chs {
		for v := range c {
			tot += v
		}
	}
	fmt.Println("chan of <-chan", tot)
	jobs := make(chan int)
	res := make(chan string, 10)
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go Worker{i, jobs, res}.Run(&wg)
	}
	for j := 1; j <= 4; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(res)
	n := 0
	for range res {
		n++
	}
	fmt.Println("results", n)
	ctx, cancel := context.WithCancel(context.Background())
	ticks := make(chan int)
	go func() {
		defer close(ticks)
		for i := 0; ; i++ {
			select {
			case <-ctx.Done():
				return
			case ticks <- i:
			}
		}
	}()
	got := 0
	for v := range ticks {
		if v == 5 {
			cancel()
			break
		}
		got++
	}
	fmt.Println("before cancel", got, ctx.Err())
	sem := make(chan struct{}, 2)
	maxc, cur := 0, 0
	for i := 0; i < 6; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- struct{}{}
			mu.Lock()
			cur++
			if cur > maxc {
				maxc = cur
			}
			mu.Unlock()
			time.Sleep(time.Millisecond)
			mu.Lock()
			cur--
			mu.Unlock()
			<-sem
		}()
	}
	wg2.Wait()
	fmt.Println("max concurrent <= 2:", maxc <= 2)
	empty := make(chan int)
	select {
	case v := <-empty:
		fmt.Println("got", v)
	default:
		fmt.Println("default")
	}
	timeout := time.After(5 * time.Millisecond)
	never := make(chan int)
	select {
	case <-never:
	case <-timeout:
		fmt.Println("timeout")
	}
	tick := time.Tick(time.Millisecond)
	<-tick
	<-tick
	fmt.Println("tick")
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}
	for i := range arr {
		arr[i] = make(chan int, 1)
	}
	sends := []chan<- int{arr[0], arr[1], arr[2]}
	for i, c := range sends {
		c <- i * 100
	}
	for _, c := range arr {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
	rc := make(chan result, 1)
	go func() { rc <- result{42, nil} }()
	r := <-rc
	fmt.Println(r.v, r.err)
	done := make(chan struct{})
	go func() {
		defer close(done)
	}()
	<-done
	_, open := <-done
	fmt.Println("done closed", !open)
}

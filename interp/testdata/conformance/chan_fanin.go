// Code generated from chan_fanin.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

// Fan-in of generators, each a receive-only channel in a variadic list.
func Gen(xs ...int) <-chan int {
	c := make(chan int)
	go func() {
		for _, x := range xs {
			c <- x
		}
		close(c)
	}()
	return c
}

func Merge(chs ...<-chan int) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	for _, ch := range chs {
		wg.Add(1)
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(ch)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func Square(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- v * v:
			case <-done:
				return
			}
		}
	}()
	return out
}

func Sink(in <-chan int, res chan<- int) {
	s := 0
	for v := range in {
		s += v
	}
	res <- s
}

type Chans map[string]chan int

var arr [2]chan int

var c2 chan int

var j int

// closures capturing the element channel, a labeled loop
var wg sync.WaitGroup

// channel of channels: request/response
type req struct {
	n    int
	resp chan int
}

func main() {
	sum := 0
	for v := range Merge(Gen(1, 2, 3), Gen(10, 20)) {
		sum += v
	}
	fmt.Println("fan-in:", sum)
	done := make(chan struct{})
	res := make(chan int, 1)
	go Sink(Square(done, Gen(1, 2, 3, 4)), res)
	fmt.Println("pipeline:", <-res)
	close(done)
	gens := []<-chan int{Gen(1), Gen(2, 3)}
	for i, g := range gens {
		n := 0
		for v := range g {
			n += v
		}
		fmt.Println("slice", i, n)
	}
	for i := range arr {
		arr[i] = make(chan int, 1)
		arr[i] <- i * 7
	}
	for i, c := range arr {
		fmt.Println("array", i, <-c)
	}
	for _, c := range &arr {
		c <- 1
	}
	for i, c := range arr[:] {
		fmt.Println("array slice", i, <-c)
	}
	m := Chans{"a": make(chan int, 1), "b": make(chan int, 1)}
	for k, c := range m {
		c <- len(k) + 100
	}
	keys := []string{}
	for k, c := range m {
		keys = append(keys, fmt.Sprint(k, <-c))
	}
	sort.Strings(keys)
	fmt.Println("map", keys)
	for j, c2 = range arr {
		c2 <- j
	}
	fmt.Println("assigned", j, <-arr[0], <-arr[1], c2 == arr[1])
	outs := make([]chan string, 3)
	for i := range outs {
		outs[i] = make(chan string, 1)
	}
	for i, c := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c <- fmt.Sprint("worker ", i)
		}()
	}
	wg.Wait()
Outer:
	for i, c := range outs {
		select {
		case s := <-c:
			fmt.Println(s)
			if i == 1 {
				continue Outer
			}
		}
	}
	reqs := make(chan req)
	go func() {
		for r := range reqs {
			r.resp <- r.n * 2
		}
	}()
	for i := 1; i <= 3; i++ {
		rc := make(chan int)
		reqs <- req{i, rc}
		fmt.Println("resp", <-rc)
	}
	close(reqs)
	chch := make(chan chan int, 2)
	for i := 0; i < 2; i++ {
		c := make(chan int, 1)
		c <- i + 40
		chch <- c
	}
	close(chch)
	for c := range chch {
		fmt.Println("chan of chan", <-c)
	}
	a, b := Gen(1, 2), Gen(100)
	total := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			total += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			total += v
		}
	}
	fmt.Println("select total", total)
	tk := time.NewTicker(time.Millisecond)
	ticks := 0
	timeout := time.After(200 * time.Millisecond)
loop:
	for {
		select {
		case <-tk.C:
			ticks++
			if ticks == 3 {
				break loop
			}
		case <-timeout:
			break loop
		}
	}
	tk.Stop()
	fmt.Println("ticks", ticks)
	select {
	case <-time.After(time.Millisecond):
		fmt.Println("after")
	}
}

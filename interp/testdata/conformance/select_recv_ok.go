// Code generated from select_recv_ok.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"time"
)

type hub struct{ subs map[string]chan string }

type Pair struct {
	In  <-chan int
	Out chan<- int
}

func main() {
	chs := []chan int{make(chan int, 1), make(chan int, 1)}
	chs[1] <- 7
	select {
	case v, ok := <-chs[0]:
		fmt.Println("0", v, ok)
	case v, ok := <-chs[1]:
		fmt.Println("1", v, ok)
	}
	in := make(chan int, 1)
	out := make(chan int, 1)
	in <- 5
	select {
	case out <- <-in:
		fmt.Println("forwarded", <-out)
	}
	h := hub{subs: map[string]chan string{"a": make(chan string, 2)}}
	h.subs["a"] <- "hello"
	fmt.Println(<-h.subs["a"], len(h.subs["a"]), cap(h.subs["a"]))
	n := 0
	for range time.Tick(time.Millisecond) {
		n++
		if n == 2 {
			break
		}
	}
	fmt.Println("ticks", n)
	reg := make(chan chan<- int, 1)
	resp := make(chan int, 1)
	reg <- resp
	c := <-reg
	c <- 9
	fmt.Println(<-resp)
	ro := (<-chan int)(resp)
	resp <- 3
	fmt.Println(<-ro)
	funcs := []func() <-chan int{
		func() <-chan int { c := make(chan int, 1); c <- 1; return c },
	}
	for _, f := range funcs {
		fmt.Println(<-f())
	}
	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped", timer.Stop())
	results := make(map[int]<-chan int)
	for i := 0; i < 3; i++ {
		c := make(chan int, 1)
		c <- i * i
		results[i] = c
	}
	total := 0
	for _, c := range results {
		total += <-c
	}
	fmt.Println(total)
	p := Pair{In: resp, Out: resp}
	p.Out <- 11
	fmt.Println(<-p.In)
	ps := []Pair{p}
	for i, pp := range ps {
		pp.Out <- i + 20
		fmt.Println(<-pp.In)
	}
	srcs := []chan int{make(chan int), make(chan int)}
	go func() {
		for i := 0; i < 3; i++ {
			srcs[i%2] <- i
		}
		close(srcs[0])
		close(srcs[1])
	}()
	open0, open1 := true, true
	got := []int{}
	for open0 || open1 {
	Sel:
		select {
		case v, ok := <-srcs[0]:
			if !ok {
				open0 = false
				srcs[0] = nil
				break Sel
			}
			got = append(got, v)
		case v, ok := <-srcs[1]:
			if !ok {
				open1 = false
				srcs[1] = nil
				break Sel
			}
			got = append(got, v)
		}
	}
	fmt.Println(len(got))
}

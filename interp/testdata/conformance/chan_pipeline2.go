// Code generated from chan_pipeline2.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

var got []int

type result struct {
	idx int
	val string
}

func main() {
	gen := func(nums ...int) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			for _, n := range nums {
				out <- n
			}
		}()
		return out
	}
	sq := func(in <-chan int) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			for n := range in {
				out <- n * n
			}
		}()
		return out
	}
	merge := func(cs ...<-chan int) <-chan int {
		var wg sync.WaitGroup
		out := make(chan int, 10)
		for _, c := range cs {
			wg.Add(1)
			go func(c <-chan int) {
				defer wg.Done()
				for v := range c {
					out <- v
				}
			}(c)
		}
		go func() { wg.Wait(); close(out) }()
		return out
	}
	for v := range merge(sq(gen(1, 2, 3)), sq(gen(4, 5))) {
		got = append(got, v)
	}
	sort.Ints(got)
	fmt.Println(got)
	res := make(chan result, 3)
	for i, w := range []string{"x", "yy", "zzz"} {
		go func() { res <- result{i, strings.ToUpper(w)} }()
	}
	out := make([]string, 3)
	for range 3 {
		r := <-res
		out[r.idx] = r.val
	}
	fmt.Println(out)
	done := make(chan bool)
	data := make(chan int, 3)
	go func() {
		sum := 0
		for v := range data {
			sum += v
		}
		fmt.Println("sum", sum)
		done <- true
	}()
	for i := 1; i <= 10; i++ {
		data <- i
	}
	close(data)
	<-done
	v, ok := <-data
	fmt.Println(v, ok, len(data), cap(data))
}

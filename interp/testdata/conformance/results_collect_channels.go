// Code generated from results_collect_channels.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

// Collecting goroutine results straight from channels into slice
// elements, struct fields, array cells and through pointers, with select
// cases that assign into a struct, and a final summary.
//
//line testdata/conformance/results_collect_channels.gos/_.go:1:1
type Stats struct {
	Min, Max, Sum int
	Count         int
}

type job struct {
	idx int
	in  []int
}

type result struct {
	idx int
	sum int
}

var st Stats

var grid [2][3]int

type Pair struct{ A, B string }

var p Pair

func main() {
	square := func(xs []int) <-chan int {
		out := make(chan int, len(xs))
		go func() {
			defer close(out)
			for _, x := range xs {
				out <- x * x
			}
		}()
		return out
	}
	xs := []int{3, 1, 4, 1, 5, 9}
	sq := square(xs)
	squares := make([]int, len(xs))
	for i := range squares {
		squares[i] = <-sq
	}
	fmt.Println("squares:", squares)
	jobs := []job{{0, []int{1, 2, 3}}, {1, []int{10, 20}}, {2, nil}, {3, []int{-5, 5, 7}}}
	resCh := make(chan result)
	for _, j := range jobs {
		go func() {
			s := 0
			for _, v := range j.in {
				s += v
			}
			resCh <- result{j.idx, s}
		}()
	}
	sums := make([]int, len(jobs))
	for range jobs {
		var r result
		r = <-resCh
		sums[r.idx] = r.sum
	}
	fmt.Println("sums:", sums)
	nums := make(chan int, 3)
	nums <- 8
	nums <- 2
	nums <- 5
	close(nums)
	st.Min = <-nums
	st.Max = st.Min
	for {
		var v int
		var ok bool
		v, ok = <-nums
		if !ok {
			break
		}
		st.Min, st.Max = min(st.Min, v), max(st.Max, v)
		st.Sum += v
		st.Count++
	}
	fmt.Printf("%+v\n", st)
	cells := make(chan int, 6)
	for i := range 6 {
		cells <- i * 11
	}
	for r := range 2 {
		for c := range 3 {
			grid[r][c] = <-cells
		}
	}
	fmt.Println(grid)
	total := new(int)
	done := make(chan int, 1)
	done <- 99
	*total = <-done
	fmt.Println("total:", *total)
	left, right := make(chan string, 1), make(chan string, 1)
	left <- "L"
	right <- "R"
	for range 2 {
		select {
		case p.A = <-left:
		case p.B = <-right:
		}
	}
	fmt.Println(p)
}

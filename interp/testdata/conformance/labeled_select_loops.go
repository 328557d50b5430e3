// Code generated from labeled_select_loops.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

var handled []string

// nested select with a nil channel (never ready)
var never chan int

func main() {
	grid := [][]int{
		{1, 2, 3, 4},
		{5, -1, 7, 8},
		{9, 10, 11, 12},
		{13, 14, 0, 16},
	}
	target := 21
Search:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("skip row", i, "at col", j)
				continue Search
			}
			for k := j + 1; k < len(row); k++ {
				if v+row[k] == target {
					fmt.Println("found", v, row[k], "in row", i)
					break Search
				}
			}
		}
	}
	data := make(chan int, 8)
	quit := make(chan struct{})
	for _, v := range []int{3, 1, 4, 1, 5, 9, 2, 6} {
		data <- v
	}
	close(data)
	sum, seen := 0, 0
Loop:
	for {
		select {
		case v, ok := <-data:
			if !ok {
				fmt.Println("drained")
				break Loop
			}
			seen++
			switch {
			case v == 1:
				continue Loop
			case v > 8:
				fmt.Println("too big:", v)
				break
			}
			sum += v
		case <-quit:
			fmt.Println("quit seen (not reached while data is ready)")
		}
	}
	fmt.Println("sum", sum, "seen", seen)
	high, low := make(chan string, 3), make(chan string, 3)
	high <- "h1"
	low <- "l1"
	low <- "l2"
	high <- "h2"
Outer:
	for {
		for {
			select {
			case m := <-high:
				handled = append(handled, m)
				continue Outer
			default:
			}
			select {
			case m := <-low:
				handled = append(handled, m)
				continue Outer
			default:
				break Outer
			}
		}
	}
	fmt.Println(handled)
	attempts := map[string]int{}
	tasks := []string{"a", "b", "c"}
Tasks:
	for t := 0; t < len(tasks); t++ {
		name := tasks[t]
		for try := 1; try <= 3; try++ {
			attempts[name] = try
			if name == "b" && try < 3 {
				continue
			}
			if name == "c" {
				fmt.Println("giving up on", name)
				break Tasks
			}
			continue Tasks
		}
	}
	fmt.Println(attempts["a"], attempts["b"], attempts["c"], len(attempts))
	done := make(chan bool, 1)
	done <- true
	count := 0
Wait:
	for {
		select {
		case <-never:
			fmt.Println("impossible")
		case d := <-done:
			count++
			if d {
				done <- false
				continue Wait
			}
			break Wait
		}
	}
	fmt.Println("count", count)
}

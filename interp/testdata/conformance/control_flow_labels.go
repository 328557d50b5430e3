// Code generated from control_flow_labels.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

func main() {
	grid := [][]int{
		{1, 2, 3, 4},
		{5, -1, 7, 8},
		{9, 10, 11, 12},
		{13, 14, 0, 16},
	}
	sum := 0
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j, "-> next row")
				continue outer
			}
			if v == 0 {
				fmt.Println("zero at", i, j, "-> stop")
				break outer
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
	for n := 0; n < 6; n++ {
		switch {
		case n == 0:
			fmt.Print("zero ")
			fallthrough
		case n%2 == 0:
			fmt.Print("even ")
		case n == 3:
			fmt.Print("three ")
			fallthrough
		case n == 5:
			fmt.Print("three-or-five ")
		default:
			fmt.Print("other ")
		}
		fmt.Println(n)
	}
	found := -1
search:
	for _, row := range grid {
		switch {
		case row[0] > 8:
			for _, v := range row {
				if v%11 == 0 {
					found = v
					break search
				}
			}
		default:
			continue search
		}
	}
	fmt.Println("found", found)
	count := 0
	for {
		count++
		if count%2 == 1 {
			continue
		}
		if count > 7 {
			break
		}
		fmt.Print(count, ",")
	}
	fmt.Println()
	var ch = make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
drain:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break drain
			}
			fmt.Print("got", v, " ")
		}
	}
	fmt.Println("drained")
}

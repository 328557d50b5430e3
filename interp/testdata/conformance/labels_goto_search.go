// Code generated from labels_goto_search.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

func parse(s string) (n int, err error) {
	i := 0
	neg := false
	if i < len(s) && s[i] == '-' {
		neg = true
		i++
	}
	if i == len(s) {
		goto bad
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			goto bad
		}
		n = n*10 + int(c-'0')
	}
	if neg {
		n = -n
	}
	return n, nil
bad:
	return 0, fmt.Errorf("bad number %q at %d", s, i)
}

func main() {
	grid := [][]int{
		{3, 8, 1, 9},
		{4, -2, 7, 5},
		{6, 0, 2, 11},
		{1, 5, -3, 4},
	}
	findNeg := func() (int, int) {
		for i, row := range grid {
			for j, v := range row {
				if v < 0 {
					return i, j
				}
			}
		}
		return -1, -1
	}
	fmt.Println(findNeg())
	rowsWithBig := []int{}
rows:
	for i, row := range grid {
		for _, v := range row {
			switch {
			case v > 8:
				rowsWithBig = append(rowsWithBig, i)
				continue rows
			case v < 0:
				break rows
			}
		}
	}
	fmt.Println("rows with big before a negative:", rowsWithBig)
	sum := 0
outer:
	for i := 0; i < len(grid); i++ {
		j := 0
		for {
			if j >= len(grid[i]) {
				continue outer
			}
			v := grid[i][j]
			j++
			switch v {
			case 0:
				fmt.Println("zero at row", i)
				break outer
			case 7, 5:
				continue
			default:
				if v%2 == 0 {
					break
				}
				sum += v
			}
		}
	}
	fmt.Println("sum", sum)
	attempts := 0
	failUntil := 3
retry:
	attempts++
	if attempts < failUntil {
		fmt.Println("attempt", attempts, "failed")
		goto retry
	}
	fmt.Println("succeeded after", attempts)
	for _, s := range []string{"42", "-17", "4x2", "-", ""} {
		fmt.Println(parse(s))
	}
	ch := make(chan int, 10)
	for i := 0; i < 10; i++ {
		ch <- i
	}
	close(ch)
	got := []int{}
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			if v%3 == 0 {
				continue loop
			}
			got = append(got, v)
		}
	}
	fmt.Println(got)
	primes := []int{}
next:
	for n := 2; len(primes) < 10; n++ {
		for _, p := range primes {
			if p*p > n {
				break
			}
			if n%p == 0 {
				continue next
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)
}

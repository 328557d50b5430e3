// Code generated from select_nil_goto.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/select_nil_goto.gos/_.go:1:1
func classify(n int) string {
	if n < 0 {
		goto negative
	}
	if n == 0 {
		goto zero
	}
	return "positive"
negative:
	return "negative"
zero:
	return "zero"
}

func retry(attempts int) (tries int) {
again:
	tries++
	if tries < attempts {
		goto again
	}
	return
}

func main() {
	fmt.Println(classify(-1), classify(0), classify(5))
	fmt.Println(retry(3))
	chs := []chan int{make(chan int, 5), make(chan int, 5)}
	for i := 0; i < 5; i++ {
		chs[i%2] <- i
	}
	close(chs[0])
	close(chs[1])
	got := 0
loop:
	for {
		select {
		case v, ok := <-chs[0]:
			if !ok {
				chs[0] = nil
				if chs[1] == nil {
					break loop
				}
				continue loop
			}
			got += v
		case v, ok := <-chs[1]:
			if !ok {
				chs[1] = nil
				if chs[0] == nil {
					break loop
				}
				continue
			}
			got += v * 100
		}
	}
	fmt.Println(got)
	x := 0
	switch {
	case x == 0:
		x++
		if x == 1 {
			break
		}
		x = 100
	}
	fmt.Println(x)
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			continue
		}
		fmt.Print(i)
	}
	fmt.Println()
}

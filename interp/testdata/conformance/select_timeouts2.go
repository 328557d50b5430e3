// Code generated from select_timeouts2.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var nilch chan int

func main() {
	slow := func(d time.Duration, v string) <-chan string {
		c := make(chan string, 1)
		go func() {
			time.Sleep(d)
			c <- v
		}()
		return c
	}
	for _, d := range []time.Duration{5 * time.Millisecond, 200 * time.Millisecond} {
		select {
		case v := <-slow(d, "done"):
			fmt.Println("got", v)
		case <-time.After(50 * time.Millisecond):
			fmt.Println("timeout")
		}
	}
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	timer := time.NewTimer(55 * time.Millisecond)
	ticks := 0
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
		case <-timer.C:
			break loop
		}
	}
	fmt.Println("ticks>=3:", ticks >= 3)
	ch := make(chan int)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case v, ok := <-ch:
				if !ok {
					fmt.Println("closed")
					return
				}
				fmt.Println("recv", v)
			}
		}
	}()
	for i := range 3 {
		ch <- i
	}
	close(ch)
	<-done
	select {
	case nilch <- 1:
		fmt.Println("impossible")
	default:
		fmt.Println("nil chan blocks")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	select {
	case <-ctx.Done():
		fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.DeadlineExceeded))
	case <-time.After(time.Second):
		fmt.Println("late")
	}
}

// Code generated from select_default_timeout.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"time"
)

var nilCh chan int

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("empty, default taken")
	}
	ch <- 7
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("default")
	}
	ch <- 1
	select {
	case ch <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("full, cannot send")
	}
	<-ch
	slow := make(chan string)
	go func() {
		time.Sleep(200 * time.Millisecond)
		slow <- "late"
	}()
	select {
	case s := <-slow:
		fmt.Println(s)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
	fmt.Println(<-slow)
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	case <-time.After(time.Millisecond):
		fmt.Println("nil channel blocks forever")
	}
	closed := make(chan int)
	close(closed)
	v, ok := <-closed
	fmt.Println(v, ok)
	ticker := time.NewTicker(5 * time.Millisecond)
	ticks := 0
	timeout := time.After(200 * time.Millisecond)
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
			if ticks == 3 {
				ticker.Stop()
				break loop
			}
		case <-timeout:
			break loop
		}
	}
	fmt.Println("ticks", ticks)
	results := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			results <- i
		}
		quit <- true
	}()
	sum := 0
	for running := true; running; {
		select {
		case r := <-results:
			sum += r
		case <-quit:
			running = false
		}
	}
	fmt.Println("sum", sum)
	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped", timer.Stop())
}

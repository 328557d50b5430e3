// Code generated from select_timeout.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	select {
	case <-ch:
		fmt.Println("got")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
}

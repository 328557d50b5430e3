// Code generated from context_cancel.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan string)
	go func() {
		<-ctx.Done()
		done <- ctx.Err().Error()
	}()
	cancel()
	fmt.Println(<-done)
}

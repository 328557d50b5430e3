// Code generated from goroutine_panic_recover.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

func main() {
	done := make(chan string)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Sprint("recovered in goroutine: ", r)
			}
		}()
		panic("worker failed")
	}()
	fmt.Println(<-done)
}

// Code generated from buffered_channel.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch, <-ch)
	close(ch)
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
}

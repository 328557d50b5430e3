// Code generated from sync_once.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sync"
)

//line testdata/conformance/sync_once.gos/_.go:1:1
var once sync.Once

func main() {
	count := 0
	for i := 0; i < 3; i++ {
		once.Do(func() { count++ })
	}
	fmt.Println(count)
}

// Code generated from loopvar_goroutine.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sync"
)

//line testdata/conformance/loopvar_goroutine.gos/_.go:1:1
var wg sync.WaitGroup

func main() {
	results := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * 10
		}()
	}
	wg.Wait()
	fmt.Println(results)
}

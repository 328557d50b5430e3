// Code generated from loopvar_assigned_callbacks.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sync"
)

//line testdata/conformance/loopvar_assigned_callbacks.gos/_.go:1:1
var fns []func() int

var wg sync.WaitGroup

func main() {
	res := make([]int, 10)
	for i := 0; i < 6; i++ {
		fns = append(fns, func() int { return i })
		wg.Go(func() { res[i] = i * 10 })
		defer func() { _ = i }()
		i++
	}
	wg.Wait()
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println(res)
L:
	for i, j := 0, 10; i < j; i, j = i+1, j-1 {
		if i == 3 {
			i += 2
			continue L
		}
		fns = append(fns, func() int { return i*100 + j })
	}
	for _, f := range fns[3:] {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

// Code generated from loopvar_closures2.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sync"
)

//line testdata/conformance/loopvar_closures2.gos/_.go:1:1
var fs []func() int

var ptrs []*string

var wg sync.WaitGroup

func main() {
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for _, s := range []string{"a", "b", "c"} {
		ptrs = append(ptrs, &s)
	}
	for _, p := range ptrs {
		fmt.Print(*p)
	}
	fmt.Println()
	m := map[int]func() int{}
	for i := range 3 {
		m[i] = func() int { return i + 100 }
	}
	for i := range 3 {
		fmt.Print(m[i](), " ")
	}
	fmt.Println()
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)
}

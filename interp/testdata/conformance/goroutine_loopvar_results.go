// Code generated from goroutine_loopvar_results.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Go 1.22 loop variables captured by goroutines and deferred closures:
// each iteration has its own variable. Results are gathered by index
// or sorted, so the output does not depend on scheduling.
//
//line testdata/conformance/goroutine_loopvar_results.gos/_.go:1:1
type Sample struct {
	ID    int
	Input string
	Hash  uint32
}

var wg sync.WaitGroup

var got []int

// closures appended in a loop and called later
var fns []func() string

var parts []string

var mu sync.Mutex

var first error

type total struct {
	name string
	sum  int
}

var totals []total

func main() {
	inputs := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	samples := make([]Sample, len(inputs))
	for i, s := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h := fnv.New32a()
			h.Write([]byte(s))
			samples[i] = Sample{i, s, h.Sum32() % 1000}
		}()
	}
	wg.Wait()
	for _, s := range samples {
		fmt.Printf("%d %-8s %3d\n", s.ID, s.Input, s.Hash)
	}
	ch := make(chan int, 10)
	for i := 0; i < 10; i += 2 {
		i--
		wg.Add(1)
		go func() {
			defer wg.Done()
			ch <- i * 10
		}()
	}
	wg.Wait()
	close(ch)
	for v := range ch {
		got = append(got, v)
	}
	slices.Sort(got)
	fmt.Println(got)
	for _, name := range []string{"x", "y", "z"} {
		for n := range 2 {
			fns = append(fns, func() string { return name + strconv.Itoa(n) })
		}
	}
	for _, f := range fns {
		parts = append(parts, f())
	}
	fmt.Println(strings.Join(parts, ","))
	errs := make([]error, 6)
	order := map[int]bool{}
	for i := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			order[i] = true
			mu.Unlock()
			if i%4 == 3 {
				errs[i] = fmt.Errorf("task %d failed", i)
			}
		}()
	}
	wg.Wait()
	fmt.Println(errors.Join(errs...), len(order))
	for _, e := range errs {
		if e != nil {
			first = e
			break
		}
	}
	fmt.Println("first:", first)
	scores := map[string][]int{"ann": {3, 4}, "bob": {10}, "cat": {}, "dan": {1, 1, 1}}
	tc := make(chan total)
	for name, xs := range scores {
		go func() {
			s := 0
			for _, x := range xs {
				s += x
			}
			tc <- total{name, s}
		}()
	}
	for range scores {
		totals = append(totals, <-tc)
	}
	sort.Slice(totals, func(i, j int) bool { return totals[i].name < totals[j].name })
	fmt.Printf("%+v\n", totals)
}

// Code generated from defer_recover_workers.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
)

// Panics and recovery in a job runner: recovered panics turned into
// errors (runtime errors, custom error values, strings), deferred calls
// that modify named results, defers in loops, re-panics, and goroutines
// reporting through a results channel in submission order.
//
//line testdata/conformance/defer_recover_workers.gos/_.go:1:1
type JobError struct {
	Job   string
	Cause any
}

func (e *JobError) Error() string { return fmt.Sprintf("job %s panicked: %v", e.Job, e.Cause) }

var ErrQuota = errors.New("quota exceeded")

func safeRun(name string, f func() int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok && errors.Is(e, ErrQuota) {
				err = fmt.Errorf("%s: %w", name, e)
				return
			}
			err = &JobError{name, r}
			result = -1
		}
	}()
	return f(), nil
}

func divide(a, b int) int { return a / b }

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n += i }()
	}
	return 10
}

func order() (log []string) {
	for _, s := range []string{"a", "b", "c"} {
		defer func(s string) { log = append(log, "defer "+s) }(s)
	}
	log = append(log, "body")
	return log
}

func rethrow() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("outer caught: %v", r)
		}
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-", r))
		}()
		panic("first")
	}()
	return nil
}

var wg sync.WaitGroup

func main() {
	jobs := []struct {
		name string
		f    func() int
	}{
		{"ok", func() int { return 42 }},
		{"div0", func() int { return divide(1, 0) }},
		{"index", func() int { var s []int; return s[3] }},
		{"nilmap", func() int { var m map[string]int; m["a"] = 1; return 0 }},
		{"custom", func() int { panic(fmt.Errorf("wrapped: %w", ErrQuota)) }},
		{"string", func() int { panic("boom") }},
		{"conv", func() int { var x any = "s"; return x.(int) }},
	}
	for _, j := range jobs {
		r, err := safeRun(j.name, j.f)
		var je *JobError
		switch {
		case err == nil:
			fmt.Println(j.name, "->", r)
		case errors.As(err, &je):
			_, isRT := je.Cause.(runtime.Error)
			fmt.Println(j.name, "-> JobError runtime:", isRT, "|", err, "|", r)
		default:
			fmt.Println(j.name, "-> other:", err, errors.Is(err, ErrQuota))
		}
	}
	fmt.Println("counter", counter())
	fmt.Println(order())
	fmt.Println(rethrow())
	results := make(chan string)
	names := []string{"alpha", "beta", "gamma", "delta"}
	out := make([]string, len(names))
	for i, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					out[i] = fmt.Sprintf("%s failed: %v", n, r)
				}
			}()
			if len(n) == 4 {
				panic(fmt.Sprintf("bad length %d", len(n)))
			}
			out[i] = strings.ToUpper(n)
		}()
	}
	go func() { wg.Wait(); close(results) }()
	for range results {
	}
	for _, o := range out {
		fmt.Println(o)
	}
}

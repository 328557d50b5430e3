// Code generated from defer_loop_named_results.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// defer inside loops with closures that modify named results, recover
// converting panics into errors, and cleanup order of resources.
//
//line testdata/conformance/defer_loop_named_results.gos/_.go:1:1
type Resource struct {
	name   string
	closed bool
	log    *[]string
}

func (r *Resource) Close() error {
	if r.closed {
		return fmt.Errorf("%s: already closed", r.name)
	}
	r.closed = true
	*r.log = append(*r.log, "close "+r.name)
	if strings.HasSuffix(r.name, "!") {
		return errors.New(r.name + " close failed")
	}
	return nil
}

func openAll(names []string, log *[]string) (n int, err error) {
	for i, name := range names {
		r := &Resource{name: name, log: log}
		*log = append(*log, "open "+name)
		defer func() {
			if cerr := r.Close(); cerr != nil {
				err = errors.Join(err, cerr)
			}
			n += i
		}()
		if name == "" {
			return -100, fmt.Errorf("resource %d has no name", i)
		}
	}
	return len(names), nil
}

func safeDiv(xs []int, d int) (res []int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			res = append(res, -1)
		}
	}()
	for _, x := range xs {
		res = append(res, x/d)
	}
	return res, nil
}

func countdown(n int) (out string) {
	for i := n; i > 0; i-- {
		defer func() { out += strconv.Itoa(i) }()
	}
	return "go:"
}

func retry(attempts int, f func(int) error) (tries int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("after %d tries: %w", tries, err)
		}
	}()
	for tries = 1; tries <= attempts; tries++ {
		if err = f(tries); err == nil {
			return
		}
	}
	tries--
	return
}

var log []string

func main() {
	n, err := openAll([]string{"a", "b!", "c"}, &log)
	fmt.Println(n, err)
	fmt.Println(strings.Join(log, "; "))
	log = nil
	n, err = openAll([]string{"x", "", "y"}, &log)
	fmt.Printf("%d %q\n", n, err)
	fmt.Println(log)
	fmt.Println(safeDiv([]int{10, 20}, 5))
	fmt.Println(safeDiv([]int{10, 20}, 0))
	fmt.Println(countdown(4))
	errBusy := errors.New("busy")
	tries, err := retry(4, func(t int) error {
		if t < 3 {
			return errBusy
		}
		return nil
	})
	fmt.Println(tries, err)
	tries, err = retry(2, func(int) error { return errBusy })
	fmt.Println(tries, err, errors.Is(err, errBusy))
	func() {
		x := 1
		defer fmt.Println("arg evaluated at defer:", x)
		defer func() { fmt.Println("closure sees:", x) }()
		for i := range 3 {
			defer func(v int) { fmt.Print(v*x, " ") }(i)
		}
		x = 10
	}()
	fmt.Println()
	res := &Resource{name: "m", log: &log}
	log = nil
	func() {
		defer res.Close()
		res = &Resource{name: "other", log: &log}
	}()
	fmt.Println(log, res.closed)
}

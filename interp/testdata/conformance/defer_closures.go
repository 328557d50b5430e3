// Code generated from defer_closures.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"sync"
)

//line testdata/conformance/defer_closures.gos/_.go:1:1
type File struct {
	name   string
	closed bool
}

func (f *File) Close() error {
	if f.closed {
		return fmt.Errorf("%s: already closed", f.name)
	}
	f.closed = true
	fmt.Println("closed", f.name)
	return nil
}

func process(names []string) (n int, err error) {
	var opened []*File
	cleanup := func() {
		for i := len(opened) - 1; i >= 0; i-- {
			if cerr := opened[i].Close(); cerr != nil && err == nil {
				err = cerr
			}
		}
	}
	defer cleanup()
	for _, name := range names {
		if name == "" {
			return n, errors.New("empty name")
		}
		opened = append(opened, &File{name: name})
		n++
	}
	return n, nil
}

func timed(label string) func() {
	start := 3
	return func() { fmt.Println(label, "took", start, "units") }
}

func work() {
	stop := timed("work")
	defer stop()
	log := func(msg string) { fmt.Println("log:", msg) }
	defer func() { log("finished") }()
	for i := range 3 {
		defer func() { log(fmt.Sprint("step ", i)) }()
	}
	log("started")
}

func counter() (count int) {
	inc := func() { count++ }
	defer inc()
	defer inc()
	return 10
}

var mu sync.Mutex

func main() {
	fmt.Println(process([]string{"a", "b"}))
	fmt.Println(process([]string{"x", "", "y"}))
	work()
	fmt.Println(counter())
	total := 0
	add := func(k int) {
		mu.Lock()
		defer mu.Unlock()
		total += k
	}
	for i := 1; i <= 4; i++ {
		add(i)
	}
	fmt.Println(total)
}

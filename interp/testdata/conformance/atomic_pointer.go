// Code generated from atomic_pointer.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// sync/atomic's generic Pointer: a hot-swapped configuration read by
// goroutines, Swap and CompareAndSwap.
//
//line testdata/conformance/atomic_pointer.gos/_.go:1:1
type Config struct {
	Name    string
	Version int
}

type Server struct {
	cfg   atomic.Pointer[Config]
	reads atomic.Int64
}

func (s *Server) Reload(name string) *Config {
	old := s.cfg.Load()
	v := 1
	if old != nil {
		v = old.Version + 1
	}
	return s.cfg.Swap(&Config{name, v})
}

func (s *Server) Handle() string {
	s.reads.Add(1)
	c := s.cfg.Load()
	return fmt.Sprintf("%s@v%d", c.Name, c.Version)
}

var srv Server

var wg sync.WaitGroup

var counter atomic.Pointer[int]

func main() {
	fmt.Println(srv.cfg.Load() == nil, srv.Reload("alpha") == nil)
	results := make([]string, 4)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = srv.Handle()
		}()
	}
	wg.Wait()
	fmt.Println(results, srv.reads.Load())
	prev := srv.Reload("beta")
	fmt.Println(prev.Name, srv.Handle())
	cur := srv.cfg.Load()
	fmt.Println(srv.cfg.CompareAndSwap(prev, &Config{"gamma", 9}), srv.cfg.CompareAndSwap(cur, &Config{"delta", 3}), srv.Handle())
	n := 5
	fmt.Println(counter.CompareAndSwap(nil, &n), *counter.Load())
}

// Code generated from channels_pingpong.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
	"sync"
)

// Deterministic channel choreography: ping-pong over unbuffered channels,
// a token ring of goroutines, a bounded buffer with producer/consumer
// done signalling, a result fan-in ordered by sequence number, and
// context-free timeouts replaced by closed channels.
//
//line testdata/conformance/channels_pingpong.gos/_.go:1:1
type Ball struct {
	Hits int
	Log  []string
}

const n = 5

type result struct {
	seq int
	val string
}

var wg sync.WaitGroup

var nilCh chan int

var once sync.Once

func main() {
	player := func(name string, in <-chan *Ball, out chan<- *Ball, done chan<- string, max int) {
		for b := range in {
			b.Hits++
			b.Log = append(b.Log, fmt.Sprintf("%s%d", name, b.Hits))
			if b.Hits >= max {
				done <- name
				return
			}
			out <- b
		}
	}
	ping, pong := make(chan *Ball), make(chan *Ball)
	done := make(chan string)
	go player("ping", ping, pong, done, 7)
	go player("pong", pong, ping, done, 7)
	ball := &Ball{}
	ping <- ball
	winner := <-done
	fmt.Println(winner, ball.Hits, strings.Join(ball.Log, ","))
	chans := make([]chan int, n+1)
	for i := range chans {
		chans[i] = make(chan int)
	}
	for i := 0; i < n; i++ {
		go func(id int, in <-chan int, out chan<- int) {
			v := <-in
			out <- v*2 + id
		}(i, chans[i], chans[i+1])
	}
	chans[0] <- 1
	fmt.Println("ring result:", <-chans[n])
	work := make(chan int, 3)
	resCh := make(chan result, 3)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				resCh <- result{j, strings.Repeat("*", j%4+1)}
			}
		}()
	}
	go func() {
		for i := 0; i < 10; i++ {
			work <- i
		}
		close(work)
	}()
	go func() {
		wg.Wait()
		close(resCh)
	}()
	pending := map[int]string{}
	next := 0
	for r := range resCh {
		pending[r.seq] = r.val
		for {
			v, ok := pending[next]
			if !ok {
				break
			}
			fmt.Print(next, ":", v, " ")
			delete(pending, next)
			next++
		}
	}
	fmt.Println("| emitted", next)
	quit := make(chan struct{})
	ticks := make(chan int)
	go func() {
		defer close(ticks)
		for i := 0; ; i++ {
			select {
			case <-quit:
				return
			case ticks <- i:
			}
		}
	}()
	sum := 0
	for t := range ticks {
		sum += t
		if t == 9 {
			close(quit)
			break
		}
	}
	fmt.Println("sum of ticks", sum)
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
	buf := make(chan string, 2)
	buf <- "x"
	buf <- "y"
	fmt.Println(len(buf), cap(buf))
	close(buf)
	for s := range buf {
		fmt.Print(s)
	}
	v, ok := <-buf
	fmt.Printf(" %q %v\n", v, ok)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		buf <- "z"
	}()
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once at", i) })
	}
}

// Code generated from rate_limiter_sim.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"time"
)

// A token-bucket rate limiter driven by a simulated clock: structs with
// pointer methods, time.Duration math, an interface for the clock, and a
// per-client map of limiters, all deterministic.
//
//line testdata/conformance/rate_limiter_sim.gos/_.go:1:1
type Clock interface {
	Now() time.Time
}

type FakeClock struct{ t time.Time }

func (c *FakeClock) Now() time.Time { return c.t }

func (c *FakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

type Bucket struct {
	clock    Clock
	capacity float64
	tokens   float64
	rate     float64 // tokens per second
	last     time.Time
	allowed  int
	denied   int
}

func NewBucket(c Clock, capacity int, per time.Duration) *Bucket {
	return &Bucket{clock: c, capacity: float64(capacity), tokens: float64(capacity),
		rate: float64(capacity) / per.Seconds(), last: c.Now()}
}

func (b *Bucket) refill() {
	now := b.clock.Now()
	elapsed := now.Sub(b.last)
	b.tokens = math.Min(b.capacity, b.tokens+elapsed.Seconds()*b.rate)
	b.last = now
}

func (b *Bucket) Allow() bool {
	b.refill()
	if b.tokens >= 1 {
		b.tokens--
		b.allowed++
		return true
	}
	b.denied++
	return false
}

// Wait reports how long until a token is available.
func (b *Bucket) Wait() time.Duration {
	b.refill()
	if b.tokens >= 1 {
		return 0
	}
	need := 1 - b.tokens
	return time.Duration(need / b.rate * float64(time.Second)).Round(time.Millisecond)
}

type Limiter struct {
	clock   Clock
	buckets map[string]*Bucket
	newB    func() *Bucket
}

func (l *Limiter) Allow(client string) bool {
	b, ok := l.buckets[client]
	if !ok {
		b = l.newB()
		l.buckets[client] = b
	}
	return b.Allow()
}

var line strings.Builder

var total time.Duration

func main() {
	clock := &FakeClock{t: time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)}
	b := NewBucket(clock, 5, time.Second)
	for i := range 8 {
		if b.Allow() {
			line.WriteByte('+')
		} else {
			line.WriteByte('-')
		}
		if i == 5 {
			fmt.Println("wait:", b.Wait())
		}
	}
	fmt.Println(line.String(), b.allowed, b.denied)
	clock.Advance(300 * time.Millisecond)
	fmt.Printf("tokens after 300ms: %.2f (wait %v)\n", func() float64 { b.refill(); return b.tokens }(), b.Wait())
	clock.Advance(2 * time.Second)
	fmt.Println(b.Allow(), b.Allow(), b.Wait(), clock.Now().Format("15:04:05.000"))
	lim := &Limiter{clock: clock, buckets: map[string]*Bucket{}}
	lim.newB = func() *Bucket { return NewBucket(lim.clock, 2, 500*time.Millisecond) }
	requests := []struct {
		at     time.Duration
		client string
	}{
		{0, "a"}, {0, "a"}, {0, "a"}, {10 * time.Millisecond, "b"},
		{100 * time.Millisecond, "a"}, {250 * time.Millisecond, "a"}, {260 * time.Millisecond, "a"},
		{1 * time.Second, "b"}, {1 * time.Second, "b"}, {1 * time.Second, "b"},
	}
	start := clock.Now()
	for _, r := range requests {
		clock.t = start.Add(r.at)
		ok := lim.Allow(r.client)
		fmt.Printf("%6v %s %v\n", r.at, r.client, ok)
	}
	for _, c := range slices.Sorted(maps.Keys(lim.buckets)) {
		bk := lim.buckets[c]
		fmt.Printf("%s: allowed=%d denied=%d last=%s\n", c, bk.allowed, bk.denied, bk.last.Sub(start))
	}
	for _, r := range requests {
		total += r.at
	}
	fmt.Println("mean arrival", total/time.Duration(len(requests)), "span", requests[len(requests)-1].at-requests[0].at)
}

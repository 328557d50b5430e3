// Code generated from go126_features.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"iter"
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"sync"
)

type Config struct {
	Name    *string
	Retries *int
	Ratio   *float64
}

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Invalid struct{ Field string }

func (e Invalid) Error() string { return "invalid " + e.Field }

type Set[T comparable] = map[T]struct{}

type Pair[A, B any] = struct {
	First  A
	Second B
}

func union[T comparable](a, b Set[T]) Set[T] {
	out := Set[T]{}
	for k := range a {
		out[k] = struct{}{}
	}
	for k := range b {
		out[k] = struct{}{}
	}
	return out
}

func lookup(k string) error {
	if k == "" {
		return Invalid{"key"}
	}
	return fmt.Errorf("lookup: %w", &NotFound{k})
}

func ptrTo(n int) *int { return new(n * 2) }

var wg sync.WaitGroup

var mu sync.Mutex

var parts []string

type Die int

func main() {
	cfg := Config{Name: new("svc"), Retries: new(3), Ratio: new(0.5)}
	fmt.Println(*cfg.Name, *cfg.Retries, *cfg.Ratio, *ptrTo(21))
	p := new(Pair[string, int]{"a", 1})
	p.Second++
	fmt.Println(p.First, p.Second)
	for _, k := range []string{"x", ""} {
		err := lookup(k)
		if nf, ok := errors.AsType[*NotFound](err); ok {
			fmt.Println("not found:", nf.Key)
		} else if inv, ok := errors.AsType[Invalid](err); ok {
			fmt.Println("invalid:", inv.Field)
		}
	}
	fmt.Println(reflect.TypeFor[Config]().NumField(), reflect.TypeFor[[]int]().Kind(), reflect.TypeFor[error]().Kind())
	a := Set[string]{"x": {}, "y": {}}
	b := Set[string]{"y": {}, "z": {}}
	fmt.Println(slices.Sorted(maps.Keys(union(a, b))))
	sum := 0
	for i := range 10 {
		wg.Go(func() {
			mu.Lock()
			sum += i
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println("sum", sum)
	for line := range strings.Lines("one\ntwo\nthree") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	for s := range strings.SplitSeq("a,b,,c", ",") {
		parts = append(parts, "<"+s+">")
	}
	fmt.Println(strings.Join(parts, ""), slices.Collect(strings.FieldsSeq("  f1 f2  ")))
	fmt.Println(slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2)), slices.Repeat([]string{"ab"}, 3))
	next, stop := iter.Pull(slices.Values([]int{10, 20}))
	v1, ok1 := next()
	v2, ok2 := next()
	_, ok3 := next()
	stop()
	fmt.Println(v1, ok1, v2, ok2, ok3)
	m := map[string]int{"a": 1}
	clear(m)
	fmt.Println(len(m), min(3, 1, 2), max("b", "a"))
	highest := Die(0)
	for range 200 {
		highest = max(highest, rand.N(Die(6)))
	}
	fmt.Printf("%T %v %v\n", highest, highest < 6, rand.N(uint8(1)))
}

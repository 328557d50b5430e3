// Code generated from compiled_containers.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"container/list"
	"container/ring"
	"context"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

// Session values through compiled containers and back (container/list,
// ring, sync.Map, atomic.Value, sync.Pool, channels, context values), with
// assertions and type switches on what comes back.
//
//line testdata/conformance/compiled_containers.gos/_.go:1:1
type P struct{ X, Y int }

func (p P) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Job struct {
	ID   int
	Name string
}

func (j *Job) Run() string { return fmt.Sprintf("run %d %s", j.ID, j.Name) }

type Runner interface{ Run() string }

var sm sync.Map

var av atomic.Value

type ctxKey string

var ai atomic.Int64

func main() {
	l := list.New()
	l.PushBack(P{1, 2})
	l.PushBack(&Job{1, "a"})
	l.PushFront(3)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Println(e.Value)
		if s, ok := e.Value.(fmt.Stringer); ok {
			fmt.Println(" stringer", s.String())
		}
		if r, ok := e.Value.(Runner); ok {
			fmt.Println(" runner", r.Run())
		}
		if p, ok := e.Value.(P); ok {
			fmt.Println(" P", p.X)
		}
	}
	r := ring.New(3)
	for i := 0; i < 3; i++ {
		r.Value = P{i, i}
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	sm.Store("a", P{5, 6})
	sm.Store(P{1, 1}, "key is P")
	sm.Store("j", &Job{2, "b"})
	v, ok := sm.Load("a")
	fmt.Println(v, ok, v.(P).Y)
	v, ok = sm.Load(P{1, 1})
	fmt.Println(v, ok)
	jv, _ := sm.Load("j")
	fmt.Println(jv.(Runner).Run(), jv.(*Job).Name)
	keys := []string{}
	sm.Range(func(k, v any) bool { keys = append(keys, fmt.Sprint(k)); return true })
	sort.Strings(keys)
	fmt.Println(keys)
	act, loaded := sm.LoadOrStore("a", P{0, 0})
	fmt.Println(act, loaded)
	av.Store(P{7, 8})
	fmt.Println(av.Load(), av.Load().(P).X)
	pool := sync.Pool{New: func() any { return &Job{0, "new"} }}
	j := pool.Get().(*Job)
	fmt.Println(j.Run())
	j.Name = "reused"
	pool.Put(j)
	ch := make(chan fmt.Stringer, 3)
	ch <- P{1, 1}
	ch <- P{2, 2}
	close(ch)
	for s := range ch {
		fmt.Println(s, s.String())
	}
	ach := make(chan any, 2)
	ach <- P{3, 3}
	ach <- &Job{5, "e"}
	fmt.Println(<-ach, (<-ach).(Runner).Run())
	rch := make(chan Runner, 1)
	rch <- &Job{6, "f"}
	fmt.Println((<-rch).Run())
	ctx := context.WithValue(context.Background(), ctxKey("user"), P{9, 9})
	ctx = context.WithValue(ctx, ctxKey("job"), &Job{7, "g"})
	fmt.Println(ctx.Value(ctxKey("user")), ctx.Value(ctxKey("user")).(P).X)
	fmt.Println(ctx.Value(ctxKey("job")).(Runner).Run())
	fmt.Println(ctx.Value(ctxKey("none")) == nil)
	ai.Add(5)
	fmt.Println(ai.Load())
	anys := []any{P{1, 0}, &Job{8, "h"}, 4}
	for _, a := range anys {
		switch x := a.(type) {
		case fmt.Stringer:
			fmt.Println("S", x)
		case Runner:
			fmt.Println("R", x.Run())
		default:
			fmt.Println("D", x)
		}
	}
	m := map[string]any{"p": P{2, 3}}
	fmt.Println(m["p"], m["p"].(fmt.Stringer).String())
}

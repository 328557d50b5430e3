// Code generated from fmt_any_values.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"container/list"
	"fmt"
	"sync"
)

//line testdata/conformance/fmt_any_values.gos/_.go:1:1
type Color int

func (c Color) String() string { return [...]string{"r", "g"}[c] }

type Job struct {
	ID   int
	Name string
}

func (j Job) String() string { return fmt.Sprintf("job%d", j.ID) }

var sm sync.Map

func main() {
	l := list.New()
	l.PushBack(Job{2, "b"})
	l.PushBack(&Job{3, "c"})
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Println(e.Value)
		switch v := e.Value.(type) {
		case Color:
			fmt.Println("color", int(v))
		case Job:
			fmt.Println("job", v.Name)
		case *Job:
			fmt.Println("*job", v.Name)
		}
	}
	j, ok := l.Front().Value.(Job)
	fmt.Println(j, ok)
	sm.Store("k", Job{4, "d"})
	v, _ := sm.Load("k")
	fmt.Println(v, v.(Job).Name)
	ch := make(chan any, 2)
	ch <- Job{5, "e"}
	ch <- Job{6, "f"}
	fmt.Println((<-ch).(Job).Name, <-ch)
}

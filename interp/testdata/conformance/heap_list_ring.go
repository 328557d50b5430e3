// Code generated from heap_list_ring.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
)

//line testdata/conformance/heap_list_ring.gos/_.go:1:1
type Task struct {
	name     string
	priority int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }

func (pq PQ) Less(i, j int) bool {
	if pq[i].priority != pq[j].priority {
		return pq[i].priority > pq[j].priority
	}
	return pq[i].name < pq[j].name
}

func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}

func (pq *PQ) Push(x any) {
	t := x.(*Task)
	t.index = len(*pq)
	*pq = append(*pq, t)
}

func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	t := old[n-1]
	*pq = old[:n-1]
	return t
}

type IntHeap []int

var out []int

type intHeap []int

func (h intHeap) Len() int { return len(h) }

func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }

func (h intHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }

func (h *intHeap) Push(x any) { *h = append(*h, x.(int)) }

func (h *intHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func main() {
	pq := &PQ{}
	heap.Init(pq)
	tasks := map[string]*Task{}
	for i, n := range []string{"write", "test", "deploy", "lint", "review"} {
		t := &Task{name: n, priority: i % 3}
		tasks[n] = t
		heap.Push(pq, t)
	}
	tasks["lint"].priority = 10
	heap.Fix(pq, tasks["lint"].index)
	heap.Remove(pq, tasks["test"].index)
	for pq.Len() > 0 {
		t := heap.Pop(pq).(*Task)
		fmt.Printf("%s:%d ", t.name, t.priority)
	}
	fmt.Println()
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.PushBack(5)
	l.MoveToFront(e4)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	l.Remove(e4)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value.(int)*10, " ")
	}
	fmt.Println()
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	r = r.Move(2)
	sum := 0
	r.Do(func(v any) { sum += v.(int) })
	fmt.Println(r.Value, sum)
	removed := r.Unlink(2)
	fmt.Println(r.Len(), removed.Len())
	ih := &intHeap{5, 2, 8, 1}
	heap.Init(ih)
	heap.Push(ih, 0)
	for ih.Len() > 0 {
		out = append(out, heap.Pop(ih).(int))
	}
	fmt.Println(out)
}

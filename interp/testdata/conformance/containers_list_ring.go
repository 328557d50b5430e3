// Code generated from containers_list_ring.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
	"math"
	"math/bits"
)

// container/list as an LRU cache and a playlist, container/ring for a
// round-robin scheduler, container/heap with an update-able priority
// queue of tasks, and math/bits for a small bitmap allocator.
//
//line testdata/conformance/containers_list_ring.gos/_.go:1:1
type entry struct {
	key string
	val int
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

func NewLRU(n int) *LRU { return &LRU{n, list.New(), map[string]*list.Element{}} }

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).val, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) (evicted string) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).val = v
		c.ll.MoveToFront(e)
		return ""
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		ek := last.Value.(*entry).key
		delete(c.items, ek)
		return ek
	}
	return ""
}

func (c *LRU) Keys() []string {
	var ks []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry).key)
	}
	return ks
}

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
	pq[i].index, pq[j].index = i, j
}

func (pq *PQ) Push(x any) {
	t := x.(*Task)
	t.index = len(*pq)
	*pq = append(*pq, t)
}

func (pq *PQ) Pop() any {
	old := *pq
	t := old[len(old)-1]
	old[len(old)-1] = nil
	t.index = -1
	*pq = old[:len(old)-1]
	return t
}

var sched []string

var bitmap uint64

func main() {
	c := NewLRU(3)
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e"} {
		if _, ok := c.Get(k); ok {
			fmt.Printf("hit %s; ", k)
			continue
		}
		if ev := c.Put(k, i); ev != "" {
			fmt.Printf("put %s evicts %s; ", k, ev)
		} else {
			fmt.Printf("put %s; ", k)
		}
	}
	fmt.Println()
	fmt.Println(c.Keys(), c.ll.Len(), len(c.items))
	pl := list.New()
	for _, s := range []string{"intro", "verse", "chorus", "outro"} {
		pl.PushBack(s)
	}
	mark := pl.Front().Next()
	pl.InsertAfter("bridge", mark)
	pl.MoveToBack(pl.Front())
	pl.Remove(pl.Back().Prev())
	for e := pl.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(pl.Len())
	r := ring.New(4)
	for _, n := range []string{"w1", "w2", "w3", "w4"} {
		r.Value = n
		r = r.Next()
	}
	for i := 0; i < 6; i++ {
		sched = append(sched, r.Value.(string))
		r = r.Next()
	}
	fmt.Println(sched, r.Len())
	r.Unlink(1)
	r.Do(func(v any) { fmt.Print(v, ",") })
	fmt.Println()
	tasks := map[string]*Task{}
	pq := PQ{}
	for i, n := range []string{"email", "build", "deploy", "lint", "test"} {
		t := &Task{name: n, priority: (i * 7) % 5}
		tasks[n] = t
		heap.Push(&pq, t)
	}
	tasks["lint"].priority = 10
	heap.Fix(&pq, tasks["lint"].index)
	heap.Remove(&pq, tasks["email"].index)
	for pq.Len() > 0 {
		t := heap.Pop(&pq).(*Task)
		fmt.Printf("%s(%d) ", t.name, t.priority)
	}
	fmt.Println()
	alloc := func() int {
		free := ^bitmap
		if free == 0 {
			return -1
		}
		i := bits.TrailingZeros64(free)
		bitmap |= 1 << i
		return i
	}
	for i := 0; i < 5; i++ {
		alloc()
	}
	bitmap &^= 1<<1 | 1<<3
	fmt.Println(alloc(), alloc(), alloc(), bits.OnesCount64(bitmap), bits.Len64(bitmap))
	fmt.Printf("%08b %d %d %d\n", bitmap, bits.LeadingZeros8(5), bits.Reverse8(1), bits.RotateLeft8(0b10000001, 1))
	hi, lo := bits.Mul64(1<<63, 6)
	sum, carry := bits.Add64(math.MaxUint64, 2, 0)
	fmt.Println(hi, lo, sum, carry)
}

// Code generated from compiled_sort_heap.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"container/heap"
	"fmt"
	"sort"
)

// sort.Interface and heap.Interface implemented by session types.
//
//line testdata/conformance/compiled_sort_heap.gos/_.go:1:1
type byLen []string

func (b byLen) Len() int { return len(b) }

func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }

func (b byLen) Swap(i, j int) { b[i], b[j] = b[j], b[i] }

type people struct {
	names []string
	ages  []int
}

func (p *people) Len() int { return len(p.names) }

func (p *people) Less(i, j int) bool { return p.ages[i] < p.ages[j] }

func (p *people) Swap(i, j int) {
	p.names[i], p.names[j] = p.names[j], p.names[i]
	p.ages[i], p.ages[j] = p.ages[j], p.ages[i]
}

type IntHeap []int

func (h IntHeap) Len() int { return len(h) }

func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }

func (h IntHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }

func (h *IntHeap) Push(x any) { *h = append(*h, x.(int)) }

func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

type Item struct {
	value    string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }

func (pq PQ) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}

func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}

func (pq *PQ) Push(x any) {
	n := len(*pq)
	item := x.(*Item)
	item.index = n
	*pq = append(*pq, item)
}

func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[0 : n-1]
	return item
}

func (pq *PQ) update(item *Item, value string, priority int) {
	item.value = value
	item.priority = priority
	heap.Fix(pq, item.index)
}

func main() {
	s := byLen{"ccc", "a", "bb", "dddd", "ee"}
	sort.Sort(s)
	fmt.Println(s, sort.IsSorted(s))
	sort.Sort(sort.Reverse(s))
	fmt.Println(s, sort.IsSorted(s))
	sort.Stable(s)
	fmt.Println(s)
	p := &people{[]string{"x", "y", "z"}, []int{30, 10, 20}}
	sort.Sort(p)
	fmt.Println(p.names, p.ages)
	sort.Stable(sort.Reverse(p))
	fmt.Println(p.names, p.ages)
	si := sort.Interface(p)
	fmt.Println(si.Len(), sort.IsSorted(si))
	i := sort.Search(len(s), func(i int) bool { return len(s[i]) <= 1 })
	fmt.Println(i)
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Printf("minimum: %d\n", (*h)[0])
	for h.Len() > 0 {
		fmt.Printf("%d ", heap.Pop(h))
	}
	fmt.Println()
	items := map[string]int{"banana": 3, "apple": 2, "pear": 4}
	pq := make(PQ, len(items))
	i = 0
	for _, k := range []string{"banana", "apple", "pear"} {
		pq[i] = &Item{value: k, priority: items[k], index: i}
		i++
	}
	heap.Init(&pq)
	item := &Item{value: "orange", priority: 1}
	heap.Push(&pq, item)
	pq.update(item, item.value, 5)
	heap.Remove(&pq, 1)
	for pq.Len() > 0 {
		item := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s ", item.priority, item.value)
	}
	fmt.Println()
}

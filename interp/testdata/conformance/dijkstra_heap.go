// Code generated from dijkstra_heap.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"container/heap"
	"fmt"
	"maps"
	"slices"
	"strings"
)

//line testdata/conformance/dijkstra_heap.gos/_.go:1:1
type Edge struct {
	to   string
	cost int
}

type Item struct {
	node  string
	dist  int
	index int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }

func (pq PQ) Less(i, j int) bool {
	if pq[i].dist == pq[j].dist {
		return pq[i].node < pq[j].node
	}
	return pq[i].dist < pq[j].dist
}

func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}

func (pq *PQ) Push(x any) {
	it := x.(*Item)
	it.index = len(*pq)
	*pq = append(*pq, it)
}

func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	*pq = old[:n-1]
	return it
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
	*h = old[0 : n-1]
	return x
}

func main() {
	graph := map[string][]Edge{
		"A": {{"B", 7}, {"C", 9}, {"F", 14}},
		"B": {{"A", 7}, {"C", 10}, {"D", 15}},
		"C": {{"A", 9}, {"B", 10}, {"D", 11}, {"F", 2}},
		"D": {{"B", 15}, {"C", 11}, {"E", 6}},
		"E": {{"D", 6}, {"F", 9}},
		"F": {{"A", 14}, {"C", 2}, {"E", 9}},
	}
	dist := map[string]int{"A": 0}
	prev := map[string]string{}
	pq := &PQ{}
	heap.Init(pq)
	heap.Push(pq, &Item{node: "A", dist: 0})
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(*Item)
		if d, ok := dist[cur.node]; ok && d < cur.dist {
			continue
		}
		for _, e := range graph[cur.node] {
			nd := cur.dist + e.cost
			if old, ok := dist[e.to]; !ok || nd < old {
				dist[e.to] = nd
				prev[e.to] = cur.node
				heap.Push(pq, &Item{node: e.to, dist: nd})
			}
		}
	}
	nodes := slices.Sorted(maps.Keys(dist))
	for _, n := range nodes {
		path := []string{n}
		for p := n; p != "A"; {
			p = prev[p]
			path = append([]string{p}, path...)
		}
		fmt.Printf("%s: %2d via %s\n", n, dist[n], strings.Join(path, ">"))
	}
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 1)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
}

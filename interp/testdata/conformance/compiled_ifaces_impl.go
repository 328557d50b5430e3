// Code generated from compiled_ifaces_impl.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bufio"
	"bytes"
	"container/heap"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

//line testdata/conformance/compiled_ifaces_impl.gos/_.go:1:1
type byLen []string

func (s byLen) Len() int { return len(s) }

func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }

func (s byLen) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

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

type Item struct {
	name  string
	prio  int
	index int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }

func (pq PQ) Less(i, j int) bool { return pq[i].prio > pq[j].prio }

func (pq PQ) Swap(i, j int) { pq[i], pq[j] = pq[j], pq[i]; pq[i].index = i; pq[j].index = j }

func (pq *PQ) Push(x any) { it := x.(*Item); it.index = len(*pq); *pq = append(*pq, it) }

func (pq *PQ) Pop() any { old := *pq; n := len(old); it := old[n-1]; *pq = old[:n-1]; return it }

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) { return u.w.Write([]byte(strings.ToUpper(string(p)))) }

var buf bytes.Buffer

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

func main() {
	words := []string{"ccc", "a", "bb", "dddd"}
	sort.Sort(byLen(words))
	fmt.Println(words)
	sort.Sort(sort.Reverse(byLen(words)))
	fmt.Println(words)
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	pq := PQ{}
	heap.Push(&pq, &Item{name: "a", prio: 2})
	heap.Push(&pq, &Item{name: "b", prio: 5})
	heap.Push(&pq, &Item{name: "c", prio: 1})
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Print(it.name, ":", it.prio, " ")
	}
	fmt.Println()
	fmt.Fprintf(upper{os.Stdout}, "hello %d\n", 42)
	u := upper{&buf}
	fmt.Fprint(u, "abc")
	fmt.Println(buf.String())
	c := &counter{}
	w := io.MultiWriter(c, io.Discard, upper{io.Discard})
	fmt.Fprintf(w, "%s", "12345")
	fmt.Println(c.n)
	sc := bufio.NewScanner(strings.NewReader("a b\nc"))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Println(n)
}

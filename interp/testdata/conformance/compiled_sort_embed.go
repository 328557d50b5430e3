// Code generated from compiled_sort_embed.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"container/heap"
	"fmt"
	"sort"
)

// sort.Interface through session structs embedding sort.Interface or a
// session sort type, and heap.Interface over an embedded sort.IntSlice.
//
//line testdata/conformance/compiled_sort_embed.gos/_.go:1:1
type rev struct{ sort.Interface }

func (r rev) Less(i, j int) bool { return r.Interface.Less(j, i) }

type byAge []int

func (a byAge) Len() int { return len(a) }

func (a byAge) Less(i, j int) bool { return a[i] < a[j] }

func (a byAge) Swap(i, j int) { a[i], a[j] = a[j], a[i] }

type multi struct {
	byAge
	name string
}

type Grid [][]float64

func (g Grid) Len() int { return len(g) }

func (g Grid) Less(i, j int) bool { return g[i][0] < g[j][0] }

func (g Grid) Swap(i, j int) { g[i], g[j] = g[j], g[i] }

type keyed struct {
	keys []string
	vals []int
}

func (k keyed) Len() int { return len(k.keys) }

func (k keyed) Less(i, j int) bool { return k.keys[i] < k.keys[j] }

func (k keyed) Swap(i, j int) {
	k.keys[i], k.keys[j] = k.keys[j], k.keys[i]
	k.vals[i], k.vals[j] = k.vals[j], k.vals[i]
}

type minH struct{ sort.IntSlice }

func (h *minH) Push(x any) { h.IntSlice = append(h.IntSlice, x.(int)) }

func (h *minH) Pop() any {
	old := h.IntSlice
	n := len(old)
	x := old[n-1]
	h.IntSlice = old[:n-1]
	return x
}

func main() {
	xs := []int{3, 1, 2}
	sort.Sort(rev{sort.IntSlice(xs)})
	fmt.Println(xs)
	ys := byAge{5, 9, 1}
	sort.Sort(rev{ys})
	fmt.Println(ys)
	m := multi{byAge{4, 2, 8}, "m"}
	sort.Sort(m)
	fmt.Println(m.byAge, m.name, sort.IsSorted(m))
	sort.Sort(sort.Reverse(m))
	fmt.Println(m.byAge)
	ss := sort.StringSlice{"b", "c", "a"}
	ss.Sort()
	fmt.Println(ss, ss.Search("b"))
	g := Grid{{3, 0}, {1, 1}, {2, 2}}
	sort.Stable(g)
	fmt.Println(g)
	kd := keyed{[]string{"z", "x", "y"}, []int{1, 2, 3}}
	sort.Sort(kd)
	fmt.Println(kd.keys, kd.vals)
	h := &minH{}
	heap.Push(h, 5)
	heap.Push(h, 1)
	heap.Push(h, 3)
	fmt.Println(heap.Pop(h), heap.Pop(h), h.Len())
}

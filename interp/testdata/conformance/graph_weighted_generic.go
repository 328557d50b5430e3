// Code generated from graph_weighted_generic.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

// Graph algorithms over generic node and weight types: Dijkstra with
// container/heap, Kruskal with union-find, and Kahn's topological sort.
//
//line testdata/conformance/graph_weighted_generic.gos/_.go:1:1
type Number interface {
	~int | ~int64 | ~float64
}

type Edge[N comparable, W Number] struct {
	From, To N
	W        W
}

type Graph[N cmp.Ordered, W Number] struct {
	adj   map[N][]Edge[N, W]
	edges []Edge[N, W]
}

func NewGraph[N cmp.Ordered, W Number]() *Graph[N, W] {
	return &Graph[N, W]{adj: map[N][]Edge[N, W]{}}
}

func (g *Graph[N, W]) Add(a, b N, w W) {
	e := Edge[N, W]{a, b, w}
	g.adj[a] = append(g.adj[a], e)
	g.adj[b] = append(g.adj[b], Edge[N, W]{b, a, w})
	g.edges = append(g.edges, e)
}

func (g *Graph[N, W]) Nodes() []N {
	return slices.Sorted(maps.Keys(g.adj))
}

type item[N any, W Number] struct {
	node N
	dist W
}

type pq[N any, W Number] []item[N, W]

func (p pq[N, W]) Len() int { return len(p) }

func (p pq[N, W]) Less(i, j int) bool { return p[i].dist < p[j].dist }

func (p pq[N, W]) Swap(i, j int) { p[i], p[j] = p[j], p[i] }

func (p *pq[N, W]) Push(x any) { *p = append(*p, x.(item[N, W])) }

func (p *pq[N, W]) Pop() any {
	old := *p
	x := old[len(old)-1]
	*p = old[:len(old)-1]
	return x
}

func Dijkstra[N cmp.Ordered, W Number](g *Graph[N, W], src N) (map[N]W, map[N]N) {
	dist := map[N]W{src: 0}
	prev := map[N]N{}
	h := &pq[N, W]{{src, 0}}
	for h.Len() > 0 {
		it := heap.Pop(h).(item[N, W])
		if d, ok := dist[it.node]; ok && it.dist > d {
			continue
		}
		for _, e := range g.adj[it.node] {
			nd := it.dist + e.W
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				prev[e.To] = it.node
				heap.Push(h, item[N, W]{e.To, nd})
			}
		}
	}
	return dist, prev
}

func Path[N comparable](prev map[N]N, src, dst N) []N {
	p := []N{dst}
	for dst != src {
		dst = prev[dst]
		p = append(p, dst)
	}
	slices.Reverse(p)
	return p
}

type UnionFind[N comparable] map[N]N

func (u UnionFind[N]) Find(x N) N {
	for {
		p, ok := u[x]
		if !ok || p == x {
			return x
		}
		u[x] = u[p]
		x = p
	}
}

func Kruskal[N cmp.Ordered, W Number](g *Graph[N, W]) ([]Edge[N, W], W) {
	es := slices.Clone(g.edges)
	slices.SortStableFunc(es, func(a, b Edge[N, W]) int { return cmp.Compare(a.W, b.W) })
	uf := UnionFind[N]{}
	var total W
	var out []Edge[N, W]
	for _, e := range es {
		ra, rb := uf.Find(e.From), uf.Find(e.To)
		if ra != rb {
			uf[ra] = rb
			out = append(out, e)
			total += e.W
		}
	}
	return out, total
}

type Km int

var order []string

func main() {
	g := NewGraph[string, float64]()
	g.Add("A", "B", 4.5)
	g.Add("A", "C", 2)
	g.Add("B", "C", 1.25)
	g.Add("B", "D", 5)
	g.Add("C", "D", 8)
	g.Add("D", "E", 3)
	dist, prev := Dijkstra(g, "A")
	for _, n := range g.Nodes() {
		fmt.Printf("%s: %5.2f via %v\n", n, dist[n], Path(prev, "A", n))
	}
	mst, total := Kruskal(g)
	fmt.Println(mst, total)
	gi := NewGraph[int, Km]()
	for i := 1; i < 6; i++ {
		gi.Add(i, i+1, Km(i*3%5+1))
	}
	gi.Add(1, 6, 2)
	d2, _ := Dijkstra(gi, 1)
	fmt.Println(d2)
	_, t2 := Kruskal(gi)
	fmt.Printf("%v %T\n", t2, t2)
	deps := map[string][]string{"app": {"db", "log"}, "db": {"log", "cfg"}, "log": {"cfg"}, "cfg": nil, "web": {"app"}}
	indeg := map[string]int{}
	for k, vs := range deps {
		indeg[k] += 0
		for _, v := range vs {
			_ = v
			indeg[k]++
		}
	}
	for len(indeg) > 0 {
		var ready []string
		for k, d := range indeg {
			if d == 0 {
				ready = append(ready, k)
			}
		}
		sort.Strings(ready)
		for _, r := range ready {
			delete(indeg, r)
			order = append(order, r)
			for k, vs := range deps {
				if slices.Contains(vs, r) {
					indeg[k]--
				}
			}
		}
	}
	fmt.Println(strings.Join(order, " -> "))
}

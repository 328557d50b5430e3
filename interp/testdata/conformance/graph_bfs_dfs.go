// Code generated from graph_bfs_dfs.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
)

//line testdata/conformance/graph_bfs_dfs.gos/_.go:1:1
type Graph struct {
	adj map[string][]string
}

func (g *Graph) AddEdge(a, b string) {
	if g.adj == nil {
		g.adj = map[string][]string{}
	}
	g.adj[a] = append(g.adj[a], b)
	if _, ok := g.adj[b]; !ok {
		g.adj[b] = nil
	}
}

func (g *Graph) BFS(start, goal string) []string {
	prev := map[string]string{start: ""}
	queue := []string{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == goal {
			var path []string
			for n := goal; n != ""; n = prev[n] {
				path = append([]string{n}, path...)
			}
			return path
		}
		for _, nb := range g.adj[cur] {
			if _, seen := prev[nb]; !seen {
				prev[nb] = cur
				queue = append(queue, nb)
			}
		}
	}
	return nil
}

func (g *Graph) TopoSort() ([]string, error) {
	const (
		white = iota
		gray
		black
	)
	color := map[string]int{}
	var order []string
	var visit func(n string) error
	visit = func(n string) error {
		switch color[n] {
		case gray:
			return fmt.Errorf("cycle at %s", n)
		case black:
			return nil
		}
		color[n] = gray
		for _, m := range g.adj[n] {
			if err := visit(m); err != nil {
				return err
			}
		}
		color[n] = black
		order = append([]string{n}, order...)
		return nil
	}
	nodes := make([]string, 0, len(g.adj))
	for n := range g.adj {
		nodes = append(nodes, n)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(nodes)))
	for _, n := range nodes {
		if err := visit(n); err != nil {
			return nil, err
		}
	}
	return order, nil
}

type pt struct{ r, c int }

func main() {
	g := &Graph{}
	for _, e := range [][2]string{{"shirt", "tie"}, {"tie", "jacket"}, {"pants", "shoes"}, {"pants", "belt"}, {"belt", "jacket"}, {"shirt", "belt"}, {"socks", "shoes"}} {
		g.AddEdge(e[0], e[1])
	}
	fmt.Println(g.BFS("shirt", "jacket"), g.BFS("socks", "tie"), len(g.BFS("pants", "pants")))
	order, err := g.TopoSort()
	fmt.Println(order, err)
	g.AddEdge("jacket", "shirt")
	_, err = g.TopoSort()
	fmt.Println(err)
	grid := []string{
		"S.#.....",
		".##.###.",
		"....#...",
		"#.#...#E",
	}
	dist := map[pt]int{{0, 0}: 0}
	q := []pt{{0, 0}}
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		for _, d := range []pt{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := pt{p.r + d.r, p.c + d.c}
			if n.r < 0 || n.c < 0 || n.r >= len(grid) || n.c >= len(grid[0]) || grid[n.r][n.c] == '#' {
				continue
			}
			if _, ok := dist[n]; !ok {
				dist[n] = dist[p] + 1
				q = append(q, n)
			}
		}
	}
	fmt.Println("steps to E:", dist[pt{3, 7}], "reachable:", len(dist))
}

// Code generated from tree_closures.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/tree_closures.gos/_.go:1:1
type Tree struct {
	Left, Right *Tree
	Key         int
}

func (t *Tree) Insert(k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = t.Left.Insert(k)
	} else {
		t.Right = t.Right.Insert(k)
	}
	return t
}

func (t *Tree) Walk(order string, visit func(int)) {
	if t == nil {
		return
	}
	if order == "pre" {
		visit(t.Key)
	}
	t.Left.Walk(order, visit)
	if order == "in" {
		visit(t.Key)
	}
	t.Right.Walk(order, visit)
	if order == "post" {
		visit(t.Key)
	}
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

var root *Tree

var levels [][]int

var bfs func(nodes []*Tree)

func main() {
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = root.Insert(k)
	}
	for _, o := range []string{"pre", "in", "post"} {
		var out []int
		root.Walk(o, func(k int) { out = append(out, k) })
		fmt.Println(o, out)
	}
	sum, count := 0, 0
	root.Walk("in", func(k int) {
		sum += k
		count++
	})
	fmt.Println(sum, count, root.Height())
	bfs = func(nodes []*Tree) {
		if len(nodes) == 0 {
			return
		}
		var next []*Tree
		var keys []int
		for _, n := range nodes {
			keys = append(keys, n.Key)
			if n.Left != nil {
				next = append(next, n.Left)
			}
			if n.Right != nil {
				next = append(next, n.Right)
			}
		}
		levels = append(levels, keys)
		bfs(next)
	}
	bfs([]*Tree{root})
	fmt.Println(levels)
}

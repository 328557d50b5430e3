// Code generated from slice_map_types.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
)

//line testdata/conformance/slice_map_types.gos/_.go:1:1
type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l IntList) Filter(keep func(int) bool) IntList {
	var out IntList
	for _, v := range l {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func (l *IntList) Push(v ...int) { *l = append(*l, v...) }

type Set map[string]struct{}

func (s Set) Add(items ...string) {
	for _, it := range items {
		s[it] = struct{}{}
	}
}

func (s Set) Has(x string) bool { _, ok := s[x]; return ok }

func (s Set) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (s Set) Union(o Set) Set {
	r := Set{}
	for k := range s {
		r.Add(k)
	}
	for k := range o {
		r.Add(k)
	}
	return r
}

var l IntList

type Grid [3][3]rune

var g Grid

type Counter map[rune]int

func main() {
	l.Push(1, 2, 3)
	l.Push([]int{4, 5, 6}...)
	evens := l.Filter(func(v int) bool { return v%2 == 0 })
	fmt.Println(l, l.Sum(), evens, evens.Sum(), len(evens), cap(evens) >= 3)
	fmt.Printf("%v %d %T\n", evens, []int(evens), evens)
	a := Set{}
	a.Add("go", "rust")
	b := Set{"zig": {}}
	b.Add("go")
	u := a.Union(b)
	fmt.Println(u.Sorted(), u.Has("zig"), u.Has("c"), len(u))
	delete(u, "go")
	fmt.Println(u.Sorted())
	for i := range g {
		for j := range g[i] {
			g[i][j] = '.'
		}
	}
	g[1][1] = 'X'
	for _, row := range g {
		fmt.Println(string(row[:]))
	}
	cnt := Counter{}
	for _, r := range "hello world" {
		cnt[r]++
	}
	fmt.Println(cnt['l'], cnt['o'], len(cnt))
}

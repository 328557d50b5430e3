// Code generated from struct_copy_semantics.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/struct_copy_semantics.gos/_.go:1:1
type Inner struct {
	Vals []int
	N    int
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	Tags  map[string]bool
	Array [2]int
}

func mutate(o Outer) Outer {
	o.Name = "mutated"
	o.Array[1] = 77
	return o
}

func mutatePtr(o *Outer) { o.Name = "ptr-mutated" }

type pair struct{ x, y int }

func main() {
	a := Outer{Name: "a", In: Inner{Vals: []int{1, 2}, N: 1}, Ptr: &Inner{N: 7}, Tags: map[string]bool{"x": true}, Array: [2]int{1, 2}}
	b := a
	b.Name = "b"
	b.In.N = 2
	b.In.Vals[0] = 100
	b.Ptr.N = 8
	b.Tags["y"] = true
	b.Array[0] = 9
	fmt.Println(a.Name, a.In.N, a.In.Vals, a.Ptr.N, len(a.Tags), a.Array)
	fmt.Println(b.Name, b.In.N, b.In.Vals, b.Ptr.N, len(b.Tags), b.Array)
	items := []Inner{{N: 1}, {N: 2}}
	for _, it := range items {
		it.N *= 10
	}
	fmt.Println(items[0].N, items[1].N)
	for i := range items {
		items[i].N *= 10
	}
	fmt.Println(items[0].N, items[1].N)
	p := &items[0]
	items = append(items, Inner{N: 3})
	p.N = -1
	fmt.Println(items[0].N == -1 || cap(items) == 3)
	m := map[string]Inner{"k": {N: 1}}
	v := m["k"]
	v.N = 50
	fmt.Println(m["k"].N, v.N)
	c := mutate(a)
	fmt.Println(a.Name, a.Array, c.Name, c.Array)
	mutatePtr(&a)
	fmt.Println(a.Name)
	ps := [3]pair{{1, 2}, {3, 4}}
	qs := ps
	qs[0].x = 99
	fmt.Println(ps[0], qs[0], ps == qs, ps[2] == pair{})
	anon := struct {
		A int
		B []string
	}{1, []string{"z"}}
	anon2 := anon
	anon2.B[0] = "shared"
	anon2.A = 2
	fmt.Println(anon.A, anon.B, anon2.A)
}

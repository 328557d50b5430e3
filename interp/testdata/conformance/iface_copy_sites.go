// Code generated from iface_copy_sites.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

// A value converted to an interface is a copy: changing the variable
// afterwards does not change the interface value, wherever the
// conversion happens.
//
//line testdata/conformance/iface_copy_sites.gos/_.go:1:1
type Getter interface{ Get() int }

type Setter interface{ Set(v int) }

type Val struct {
	v   int
	tag string
}

func (x Val) Get() int { return x.v }

type Num int

func (n Num) Get() int { return int(n) }

type Pair [2]int

func (p Pair) Get() int { return p[0] + p[1] }

type Box struct{ v int }

func (b *Box) Set(v int) { b.v = v }

func (b *Box) Get() int { return b.v }

type holder struct {
	g   Getter
	val Val
}

// In a loop, each conversion is a value of its own.
func loop() {
	var all []Getter
	cur := Val{}
	for i := range 3 {
		cur.v = i
		var g Getter = cur
		all = append(all, g, cur)
	}
	for _, g := range all {
		fmt.Print(g.Get(), " ")
	}
	fmt.Println()
}

// A value assigned to an any, then asserted to a session interface.
type rec struct {
	N    int
	Name string
}

func (r rec) Get() int { return r.N }

var held any

func main() {
	v := Val{v: 1}
	n := Num(2)
	p := Pair{1, 2}
	g1 := Getter(v)
	g3 := Getter(nil)
	g3 = p
	gs := []Getter{v, n}
	gs = append(gs, p)
	m := map[string]Getter{"v": v}
	h := holder{g: v, val: v}
	a := any(nil)
	a = v
	ch := make(chan Getter, 1)
	ch <- v
	v.v, n, p[0] = 10, 20, 30
	fmt.Println(g1.Get(), g3.Get())
	fmt.Println(gs[0].Get(), gs[1].Get(), gs[2].Get(), m["v"].Get(), h.g.Get())
	fmt.Println(a.(Val).v, (<-ch).Get(), v.Get(), n.Get(), p.Get())
	h.val.v = 5
	hv := Getter(h.val)
	arr := [2]Val{{v: 6}, {v: 7}}
	ae := Getter(arr[1])
	pv := &Val{v: 8}
	pe := Getter(*pv)
	h.val.v, arr[1].v, pv.v = 0, 0, 0
	fmt.Println(hv.Get(), ae.Get(), pe.Get())
	loop()
	b := &Box{}
	s := Setter(b)
	s.Set(4)
	fmt.Println(b.v)
	_, isSetter := any(&Box{}).(Setter)
	_, ok := any(b).(Setter)
	fmt.Println(isSetter, ok)
	any(b).(Setter).Set(9)
	fmt.Println(any(b).(Getter).Get())
	if s, ok := any(b).(Setter); ok {
		s.Set(11)
	}
	stored := []any{Val{v: 12}, &Box{v: 13}, Num(14), "str"}
	for _, x := range stored {
		g, ok := x.(Getter)
		if ok {
			fmt.Print(g.Get(), " ")
		} else {
			fmt.Print("no ")
		}
	}
	fmt.Println(b.v)
	rv := rec{1, "a"}
	held = rv
	rv.N = 2
	_, isG := held.(Getter)
	hg, _ := held.(Getter)
	fmt.Println(isG, hg.Get(), rv.Get())
}

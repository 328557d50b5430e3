// Code generated from embedded_iface_values.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/embedded_iface_values.gos/_.go:1:1
type Animal interface {
	Sound() string
}

type Dog struct{ name string }

func (d *Dog) Sound() string { return d.name + ": woof" }

type Kennel struct {
	Animal
	size int
}

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Pt struct{ X, Y int }

func main() {
	k := Kennel{&Dog{"rex"}, 3}
	fmt.Println(k.Sound())
	a := Animal(k)
	fmt.Println(a.Sound())
	ks := []Kennel{{&Dog{"a"}, 1}, {&Dog{"b"}, 2}}
	for _, kk := range ks {
		fmt.Print(kk.Sound(), "; ")
	}
	fmt.Println()
	fs := []func() string{}
	for _, kk := range ks {
		fs = append(fs, kk.Sound)
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	r := Rect{2, 3}
	s := Shape(r)
	r.W = 10
	fmt.Println(s.Area(), r.Area())
	shapes := map[string]Shape{"r": r}
	r.H = 100
	fmt.Println(shapes["r"].Area())
	p := &r
	s2 := Shape(p)
	p.W = 1
	fmt.Println(s2.Area())
	cs := []Counter{{}, {}}
	for i := range cs {
		cs[i].Inc()
		cs[i].Inc()
	}
	m := map[string]*Counter{"a": {}}
	m["a"].Inc()
	fmt.Println(cs, m["a"].n)
	pts := map[Pt]string{{1, 2}: "a", {0, 0}: "o"}
	fmt.Println(pts[Pt{1, 2}], len(pts), pts)
	var iface1, iface2 any = Pt{1, 2}, Pt{1, 2}
	fmt.Println(iface1 == iface2, iface1 == any(Pt{2, 1}))
	keys := map[any]int{1: 1, "1": 2, Pt{}: 3, 1.0: 4}
	fmt.Println(keys[1], keys["1"], keys[Pt{}], keys[1.0], len(keys))
}

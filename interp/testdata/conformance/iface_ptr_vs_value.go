// Code generated from iface_ptr_vs_value.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/iface_ptr_vs_value.gos/_.go:1:1
type Setter interface {
	Set(v int)
	Get() int
}

type Box struct{ v int }

func (b *Box) Set(v int) { b.v = v }

func (b *Box) Get() int { return b.v }

type Val struct {
	v   int
	tag string
}

func (x Val) Get() int { return x.v }

type Getter interface{ Get() int }

var gs []Getter

var b2 *Box

var s3 Setter

func describe(i any) string {
	switch x := i.(type) {
	case nil:
		return "nil"
	case *Box:
		if x == nil {
			return "nil *Box"
		}
		return fmt.Sprintf("*Box(%d)", x.v)
	case Val:
		return fmt.Sprintf("Val(%d)", x.v)
	case *Val:
		return fmt.Sprintf("*Val(%d)", x.v)
	}
	return "?"
}

func main() {
	b := &Box{1}
	s := Setter(b)
	s.Set(5)
	fmt.Println(b.v, s.Get())
	v := Val{v: 3}
	g := Getter(v)
	v.v = 9
	fmt.Println(g.Get(), v.Get())
	g = &v
	v.v = 11
	fmt.Println(g.Get())
	for i := range 3 {
		gs = append(gs, Val{v: i}, &Box{i * 10})
	}
	total := 0
	for _, x := range gs {
		total += x.Get()
	}
	fmt.Println(total, len(gs))
	s2 := Setter(b2)
	fmt.Println(b2 == nil, s2 == nil, s2 != nil)
	fmt.Println(s3 == nil)
	fmt.Println(describe(nil), describe(b2), describe(b), describe(v), describe(&v))
	e1, e2 := any(Val{v: 1}), any(Val{v: 1})
	fmt.Println(e1 == e2, e1 == any(Val{v: 2}))
	p1, p2 := &Box{1}, &Box{1}
	i1, i2 := any(p1), any(p2)
	fmt.Println(i1 == i2, i1 != nil)
	m := map[any]string{true: "val1", 2: "int2", "k": "str"}
	fmt.Println(m[true], m[2], m["k"], len(m))
	_, isSetter := any(v).(Setter)
	_, isSetterPtr := any(&Box{}).(Setter)
	gv := Getter(v)
	_, isGetter := gv.(Getter)
	fmt.Println(isSetter, isSetterPtr, isGetter)
}

// Code generated from embed_override.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sync"
)

// Struct embedding: promoted methods satisfying interfaces, an outer type
// overriding a promoted method, the "no virtual dispatch" rule, embedded
// interfaces as fields, and field shadowing at different depths.
//
//line testdata/conformance/embed_override.gos/_.go:1:1
type Logger interface {
	Log(msg string) string
}

type Named interface {
	Name() string
}

type Animal interface {
	Named
	Sound() string
	Describe() string
}

type Base struct {
	ID   int
	name string
}

func (b Base) Name() string { return b.name }

func (b Base) Sound() string { return "..." }

func (b Base) Describe() string { return b.Name() + " says " + b.Sound() }

func (b *Base) Rename(n string) { b.name = n }

type Dog struct {
	Base
	Breed string
}

func (d Dog) Sound() string { return "woof" }

type Puppy struct {
	*Dog
	Age int
}

func (p Puppy) Name() string { return "little " + p.Dog.Name() }

type prefixLogger struct{ prefix string }

func (p prefixLogger) Log(msg string) string { return p.prefix + msg }

type Service struct {
	Logger
	Named
	ID string
}

type Outer struct {
	Inner
	ID string
}

type Inner struct {
	ID    int
	Extra string
}

type Stack struct {
	sync.Mutex
	items []int
}

var st Stack

func main() {
	d := Dog{Base{1, "rex"}, "collie"}
	p := Puppy{&Dog{Base{2, "bit"}, "pug"}, 1}
	animals := []Animal{d, &d, p, Base{3, "generic"}}
	for _, a := range animals {
		fmt.Printf("%-12s %-6s %q\n", a.Name(), a.Sound(), a.Describe())
	}
	d.Rename("max")
	fmt.Println(d.Name(), animals[0].Name(), animals[1].Name())
	p.Rename("bitsy")
	fmt.Println(p.Name(), p.Dog.Name(), p.Base.name, p.ID, p.Breed)
	n := Named(p)
	if a, ok := n.(Animal); ok {
		fmt.Println("puppy is an Animal:", a.Describe())
	}
	if _, ok := n.(interface{ Rename(string) }); ok {
		fmt.Println("puppy has Rename via *Dog")
	}
	bn := Named(Base{})
	_, ok := bn.(interface{ Rename(string) })
	fmt.Println("Base value has Rename:", ok)
	s := Service{prefixLogger{"[svc] "}, d, "api"}
	fmt.Println(s.Log("started"), s.Name(), s.ID)
	l := Logger(s)
	fmt.Println(l.Log("via iface"))
	s.Named = p
	fmt.Println(s.Name())
	s2 := Service{Logger: prefixLogger{">> "}}
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		fmt.Println(s2.Log("ok"), s2.Name())
	}()
	o := Outer{Inner{7, "x"}, "outer"}
	fmt.Println(o.ID, o.Inner.ID, o.Extra)
	fmt.Printf("%v %+v\n", o, o)
	fmt.Printf("%v %+v\n", d, p.Dog)
	st.Lock()
	st.items = append(st.items, 1, 2)
	st.Unlock()
	fmt.Println(st.items, len(st.items))
}

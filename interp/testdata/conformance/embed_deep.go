// Code generated from embed_deep.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/embed_deep.gos/_.go:1:1
type Base struct {
	ID int
}

func (b Base) Describe() string { return fmt.Sprintf("base#%d", b.ID) }

func (b *Base) SetID(id int) { b.ID = id }

type Middle struct {
	Base
	Name string
}

func (m Middle) Hello() string { return "hello " + m.Name }

type Top struct {
	*Middle
	Extra bool
}

type Describer interface {
	Describe() string
}

type Helloer interface {
	Hello() string
}

type Both interface {
	Describer
	Helloer
}

func main() {
	t := Top{Middle: &Middle{Base: Base{ID: 1}, Name: "top"}, Extra: true}
	fmt.Println(t.Describe(), t.Hello(), t.ID, t.Name)
	t.SetID(7)
	fmt.Println(t.Describe(), t.Middle.Base.ID)
	b := Both(t)
	fmt.Println(b.Describe(), b.Hello())
	d := Describer(b)
	fmt.Println(d.Describe())
	m := Middle{Name: "m"}
	m.SetID(3)
	fmt.Println(m.Describe())
	fmt.Printf("%+v\n", m)
	_, isHelloer := d.(Helloer)
	fmt.Println(isHelloer)
}

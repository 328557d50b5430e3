// Code generated from iface_polymorph.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
)

//line testdata/conformance/iface_polymorph.gos/_.go:1:1
type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Dog struct {
	Base
	breed string
}

func (d Dog) Sound() string { return "woof" }

type Cat struct{ Base }

func (c *Cat) Sound() string { return "meow" }

type Loud struct{ Animal }

func (l Loud) Sound() string { return strings.ToUpper(l.Animal.Sound()) + "!" }

var a Animal

type Namer interface{ Name() string }

func main() {
	zoo := []Animal{Dog{Base{"rex"}, "lab"}, &Cat{Base{"tom"}}, Loud{Dog{Base{"max"}, "pug"}}}
	for _, a := range zoo {
		fmt.Printf("%s says %s\n", a.Name(), a.Sound())
	}
	for _, a := range zoo {
		switch v := a.(type) {
		case Dog:
			fmt.Println("dog of breed", v.breed)
		case *Cat:
			fmt.Println("cat", v.name)
		case Loud:
			fmt.Println("loud wrapper around", v.Animal.Name())
		}
	}
	counts := map[string]int{}
	for _, a := range zoo {
		counts[a.Sound()]++
	}
	fmt.Println(counts)
	fmt.Println(a == nil)
	a = zoo[0]
	d, ok := a.(Dog)
	fmt.Println(d.breed, ok)
	_, ok = a.(*Cat)
	fmt.Println(ok)
	n := Namer(zoo[1])
	fmt.Println(n.Name())
	if an, ok := n.(Animal); ok {
		fmt.Println("also animal:", an.Sound())
	}
}

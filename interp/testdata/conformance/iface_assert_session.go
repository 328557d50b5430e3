// Code generated from iface_assert_session.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/iface_assert_session.gos/_.go:1:1
type Speaker interface{ Speak() string }

type Dog struct{ Name string }

func (d *Dog) Speak() string { return d.Name + " woof" }

type Cat struct{ Name string }

func (c Cat) Speak() string { return c.Name + " meow" }

var x any = &Dog{"rex"}

func find(v any) Speaker {
	s, _ := v.(Speaker)
	return s
}

func speak(v any) string {
	if s, ok := v.(Speaker); ok {
		return s.Speak()
	}
	return "silent"
}

func main() {
	if s, ok := x.(Speaker); ok {
		fmt.Println(s.Speak())
	} else {
		fmt.Println("not a speaker")
	}
	var y any = Cat{"tom"}
	if s, ok := y.(Speaker); ok {
		fmt.Println(s.Speak())
	}
	items := []any{&Dog{"a"}, Cat{"b"}, 3, "s"}
	for _, it := range items {
		if s, ok := it.(Speaker); ok {
			fmt.Println("speaks:", s.Speak())
		} else {
			fmt.Println("silent:", it)
		}
	}
	fmt.Println(find(&Dog{"z"}) != nil, find(4) == nil)
	var d = &Dog{"p"}
	var sp Speaker = d
	d.Name = "q"
	fmt.Println(sp.Speak())
	var c = Cat{"m"}
	var sc Speaker = c
	c.Name = "n"
	fmt.Println(sc.Speak())
	_, ok := x.(Speaker)
	fmt.Println(ok)
	fmt.Println(speak(&Dog{"a"}), speak(Cat{"b"}), speak(3))
	var x2 any = &Dog{"rex"}
	s9 := x2.(Speaker)
	fmt.Println(s9.Speak())
	fmt.Println(speak(&Dog{"a"}), speak(Cat{"b"}), speak(3))
}

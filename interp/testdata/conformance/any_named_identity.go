// Code generated from any_named_identity.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

// Values of named non-struct types, and pointers to structs with the same
// fields, keep their identity in an any (see known_failures.txt).
//
//line testdata/conformance/any_named_identity.gos/_.go:1:1
type Celsius float64

type Path []int

type Status int

type A struct{ X int }

type B struct{ X int }

func kind(v any) string {
	switch x := v.(type) {
	case Celsius:
		return fmt.Sprintf("Celsius %.1f", float64(x))
	case float64:
		return fmt.Sprintf("float64 %g", x)
	case Path:
		return fmt.Sprintf("Path %d", len(x))
	case []int:
		return "[]int"
	case Status:
		return fmt.Sprintf("Status %d", int(x))
	case int:
		return fmt.Sprintf("int %d", x)
	case *A:
		return "*A"
	case *B:
		return "*B"
	}
	return "other"
}

type Getter interface{ Get() int }

func (a A) Get() int { return a.X }

type P struct {
	N    int
	Name string
}

func (p P) Get() int { return p.N }

func main() {
	for _, v := range []any{Celsius(1.5), 1.5, Path{1}, []int{2}, Status(3), 4, &A{1}, &B{2}} {
		fmt.Println(kind(v))
	}
	_, isFloat := any(Celsius(2)).(float64)
	fmt.Println(isFloat)
	p := &A{5}
	fmt.Println(any(p) == any(p))
	var g any = &A{6}
	_, ok := g.(Getter)
	fmt.Println(ok)
	pv := P{1, "a"}
	b1, b2 := any(pv), any(pv)
	_, isGetter := b1.(Getter)
	keys := map[any]string{P{1, "a"}: "found"}
	fmt.Println(b1 == b2, isGetter, keys[P{1, "a"}], keys[b1])
	fmt.Println(any(pv).(Getter).Get())
}

package interp

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

// TestRecursiveFuncFields: a struct type whose map, slice or channel
// fields hold funcs taking the struct (yaegi builds it with a stand-in
// for *VM: see fix_recfunc.go) works across cells: calls through the map,
// closures and method values stored in it, range, len, delete, a slice
// of funcs, two results, a channel of funcs, pointer keys, a func of
// another struct that holds the VM, the zero value, and a redefinition of
// the type.
func TestRecursiveFuncFields(t *testing.T) {
	s, out, _ := testSession(t)
	for _, tc := range []struct{ code, want string }{
		{`type VM struct {
	acc   int
	ops   map[string]func(*VM) int
	hooks []func(*VM)
	errs  map[string]func(*VM) (int, error)
	queue chan func(*VM)
	seen  map[*VM]bool
	byArg map[string]func(*Frame) int
	kids  []*VM
}
type Frame struct {
	vm *VM
	k  int
}
func (vm *VM) Inc() int { vm.acc++; return vm.acc }
func newVM() *VM {
	return &VM{ops: map[string]func(*VM) int{"inc": (*VM).Inc, "dbl": func(v *VM) int { v.acc *= 2; return v.acc }}}
}`, ""},
		{`vm := newVM()
fmt.Println(vm.ops["inc"](vm), vm.ops["dbl"](vm), len(vm.ops))`, "1 2 2\n"},
		{`vm.ops["add10"] = func(v *VM) int { v.acc += 10; return v.acc }
f := vm.ops["add10"]
fmt.Println(f(vm))`, "12\n"},
		{`n := 0
for k, g := range vm.ops {
	n += len(k) + g(&VM{})
}
delete(vm.ops, "dbl")
_, ok := vm.ops["dbl"]
fmt.Println(n, len(vm.ops), ok)`, "22 2 false\n"},
		{`vm.hooks = append(vm.hooks, func(v *VM) { v.acc = -1 })
vm.hooks[0](vm)
fmt.Println(vm.acc, len(vm.hooks))`, "-1 1\n"},
		{`vm.errs = map[string]func(*VM) (int, error){"e": func(v *VM) (int, error) { return v.acc, fmt.Errorf("e%d", v.acc) }}
x, err := vm.errs["e"](vm)
fmt.Println(x, err)`, "-1 e-1\n"},
		{`vm.queue = make(chan func(*VM), 1)
vm.queue <- func(v *VM) { v.acc = 7 }
(<-vm.queue)(vm)
vm.seen = map[*VM]bool{vm: true}
fmt.Println(vm.acc, vm.seen[vm], vm.seen[&VM{}])`, "7 true false\n"},
		{`vm.byArg = map[string]func(*Frame) int{"k": func(f *Frame) int { return f.vm.acc + f.k }}
fmt.Println(vm.byArg["k"](&Frame{vm, 3}))`, "10\n"},
		// kids []*VM is not boxed: yaegi builds it, and its address works.
		{`p := &vm.kids
*p = append(*p, newVM())
fmt.Println(len(vm.kids), vm.kids[0].ops["inc"](vm.kids[0]))`, "1 1\n"},
		{`var z VM
fmt.Println(z.ops == nil, len(z.hooks), z.seen[vm], z.queue == nil)
fmt.Printf("%v\n", z)`, "true 0 false true\n{0 map[] [] map[] <nil> map[] map[] []}\n"},
		// A redefinition of the type, with a method value in the map.
		{`type VM struct {
	name string
	fns  map[string]func(*VM) string
}
func (v *VM) Hello() string { return "hello " + v.name }`, ""},
		{`w := &VM{name: "w", fns: map[string]func(*VM) string{}}
w.fns["h"] = (*VM).Hello
fmt.Println(w.fns["h"](w))`, "hello w\n"},
	} {
		before := len(out.String())
		eval(t, s, tc.code)
		if got := out.String()[before:]; got != tc.want {
			t.Errorf("%s\noutput %q, want %q", tc.code, got, tc.want)
		}
	}
}

// TestBoxedFields: which fields the rewrite stores in an interface{}: the
// ones yaegi cannot build, and no others.
func TestBoxedFields(t *testing.T) {
	const src = `package main
type VM struct {
	fns   map[string]func(*VM) int
	list  []func(*VM)
	ch    chan func(*VM) error
	keys  map[*VM]int
	via   map[string]func(*Frame)
	named Table
	next  *VM
	kids  []*VM
	byID  map[string]*VM
	hook  func(*VM) int
	arr   [2]func(*VM)
	other map[string]func(*Other)
	n     int
}
type Frame struct {
	vm   *VM
	fns  []func(*Frame)
	up   *Frame
}
type Other struct{ n int }
type Table map[string]func(*VM)
type PTable map[string]func(*VM)
func (p *PTable) Add() {}
type W struct{ t PTable }
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := (&types.Config{}).Check("main", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	boxed := func(typ string) string {
		st := pkg.Scope().Lookup(typ).Type().Underlying().(*types.Struct)
		var names []string
		for i := range st.NumFields() {
			if boxedField(st, i) {
				names = append(names, st.Field(i).Name())
			}
		}
		return strings.Join(names, " ")
	}
	for typ, want := range map[string]string{
		"VM":    "fns list ch keys via named",
		"Frame": "fns",
		"Other": "",
		"W":     "", // a named type with pointer methods keeps its address
	} {
		if got := boxed(typ); got != want {
			t.Errorf("%s: boxed %q, want %q", typ, got, want)
		}
	}
}

// TestRecursiveFuncFieldsInFuncs: a type declared in a function, a field
// read in generated printing code, and a bounds check of the cell.
func TestRecursiveFuncFieldsInFuncs(t *testing.T) {
	s, out, _ := testSession(t)
	eval(t, s, `func f() int {
	type node struct {
		v   int
		fns []func(*node) int
	}
	n := &node{v: 2}
	n.fns = append(n.fns, func(m *node) int { return m.v * 10 })
	return n.fns[0](n) + len(n.fns)
}
fmt.Println(f())`)
	if got := out.String(); got != "21\n" {
		t.Errorf("output %q, want %q", got, "21\n")
	}
	_, err := s.Eval(context.Background(), `type T struct {
	fns map[string]func(*T) int
}
var t0 T
fmt.Printf("%v|%+v\n", t0, t0)`)
	if err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "21\n{map[]}|{fns:map[]}\n" {
		t.Errorf("output %q", got)
	}
	// A cell's own statement indexing a boxed slice keeps Go's panic
	// message (the rewrite's bounds check sees the field's type).
	eval(t, s, `type U struct{ hooks []func(*U) }
u := &U{hooks: []func(*U){func(*U) {}}}`)
	e := evalErr(t, s, `u.hooks[3](u)`)
	if !strings.Contains(e.Message, "index out of range [3] with length 1") {
		t.Errorf("panic %q, want Go's index message", e.Message)
	}
}

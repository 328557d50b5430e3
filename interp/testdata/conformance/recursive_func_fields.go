// Code generated from recursive_func_fields.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
)

// Struct types that refer to themselves through funcs stored in maps,
// slices and channels (type VM struct { ops map[string]func(*VM) int }),
// the builtin tables of interpreters and event buses.
//
//line testdata/conformance/recursive_func_fields.gos/_.go:1:1
type VM struct {
	name  string
	acc   int
	ops   map[string]func(*VM) int
	hooks []func(*VM)
	errs  map[string]func(*VM) (int, error)
	queue chan func(*VM) error
	seen  map[*VM]int
	table Table
	byArg map[string]func(*Frame) int
	last  *VM
	step  func(*VM) int
}

type Table map[string]func(*VM) int

func (t Table) Names() []string { return slices.Sorted(maps.Keys(t)) }

type Frame struct {
	vm   *VM
	args []int
}

func (vm *VM) Inc() int { vm.acc++; return vm.acc }

func (vm *VM) Double() int { vm.acc *= 2; return vm.acc }

func (vm *VM) String() string { return fmt.Sprintf("VM(%s, %d)", vm.name, vm.acc) }

type Scale struct{ k int }

func (s Scale) Apply(vm *VM) int { vm.acc *= s.k; return vm.acc }

func newVM(name string) *VM {
	vm := &VM{name: name, ops: map[string]func(*VM) int{
		"inc":    (*VM).Inc,
		"double": func(vm *VM) int { return vm.Double() },
	}}
	vm.ops["triple"] = Scale{3}.Apply
	vm.ops["reset"] = func(v *VM) int { v.acc = 0; return 0 }
	return vm
}

func run(vm *VM, prog ...string) []int {
	var out []int
	for _, p := range prog {
		f, ok := vm.ops[p]
		if !ok {
			out = append(out, -1)
			continue
		}
		out = append(out, f(vm))
	}
	return out
}

func countOps(m map[string]func(*VM) int) int { return len(m) }

// The zero value, a copy sharing the map, and a whole-field assignment.
var z VM

var err error

func main() {
	vm := newVM("a")
	fmt.Println(run(vm, "inc", "inc", "double", "triple", "nope", "reset", "inc"))
	fmt.Println(vm.ops["inc"](vm), len(vm.ops), countOps(vm.ops), vm)
	for _, k := range slices.Sorted(maps.Keys(vm.ops)) {
		fmt.Print(k, " ")
	}
	fmt.Println()
	total := 0
	for k, f := range vm.ops {
		if k != "reset" {
			total += f(&VM{acc: 10})
		}
	}
	fmt.Println("total", total)
	delete(vm.ops, "triple")
	_, has := vm.ops["triple"]
	fmt.Println(len(vm.ops), has)
	vm.hooks = append(vm.hooks, func(v *VM) { v.acc += 100 })
	vm.hooks = append(vm.hooks, func(v *VM) { v.name += "!" })
	vm.hooks[0](vm)
	for _, h := range vm.hooks {
		h(vm)
	}
	fmt.Println(vm, len(vm.hooks))
	vm.hooks[1] = func(v *VM) { v.name = "hooked" }
	vm.hooks[1](vm)
	fmt.Println(vm.name, vm.hooks[:1] != nil)
	vm.errs = map[string]func(*VM) (int, error){
		"ok":  func(v *VM) (int, error) { return v.acc, nil },
		"bad": func(v *VM) (int, error) { return 0, fmt.Errorf("%s failed", v.name) },
	}
	for _, k := range []string{"ok", "bad"} {
		n, err := vm.errs[k](vm)
		fmt.Println(k, n, err)
	}
	vm.queue = make(chan func(*VM) error, 4)
	vm.queue <- func(v *VM) error { v.acc--; return nil }
	vm.queue <- func(v *VM) error { return errors.New("stop at " + strconv.Itoa(v.acc)) }
	close(vm.queue)
	for f := range vm.queue {
		if err := f(vm); err != nil {
			fmt.Println(err)
		}
	}
	other := newVM("b")
	vm.seen = map[*VM]int{}
	vm.seen[vm]++
	vm.seen[other] += 5
	vm.seen[vm]++
	fmt.Println(vm.seen[vm], vm.seen[other], len(vm.seen))
	vm.table = Table{"x": (*VM).Inc, "y": (*VM).Double}
	fmt.Println(vm.table.Names(), vm.table["y"](vm))
	vm.byArg = map[string]func(*Frame) int{
		"sum": func(f *Frame) int {
			s := f.vm.acc
			for _, a := range f.args {
				s += a
			}
			return s
		},
	}
	fr := &Frame{vm: vm, args: []int{1, 2, 3}}
	fmt.Println(vm.byArg["sum"](fr), fr.vm.byArg["sum"](&Frame{vm: other}))
	vm.step = (*VM).Inc
	vm.last = other
	fmt.Println(vm.step(vm), vm.last.ops["inc"](vm.last), vm.last)
	fmt.Println(z.ops == nil, len(z.hooks), z.seen[vm], z.queue == nil, len(z.table.Names()))
	fmt.Printf("%v %+v\n", z.ops, z.hooks)
	cp := *vm
	cp.ops["shared"] = func(*VM) int { return 42 }
	fmt.Println(vm.ops["shared"](nil), len(cp.ops) == len(vm.ops))
	cp.ops = nil
	fmt.Println(cp.ops == nil, vm.ops != nil)
	load := func() (map[string]func(*VM) int, error) {
		return map[string]func(*VM) int{"one": func(*VM) int { return 1 }}, nil
	}
	cp.ops, err = load()
	fmt.Println(cp.ops["one"](&cp), err)
	sum := func(xs []int) int {
		type node struct {
			v    int
			next []func(*node) int
		}
		n := &node{v: 1}
		for _, x := range xs {
			x := x
			n.next = append(n.next, func(m *node) int { return m.v * x })
		}
		t := 0
		for _, f := range n.next {
			t += f(n)
		}
		return t
	}
	fmt.Println(sum([]int{1, 2, 3}))
}

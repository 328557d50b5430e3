// Code generated from stack_vm.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// A tiny stack-based bytecode VM: opcodes from iota with a String
// method, an assembler from text, jumps and labels, builtin functions in
// a map of closures, and runtime errors as values.
//
//line testdata/conformance/stack_vm.gos/_.go:1:1
type Op byte

const (
	OpPush Op = iota
	OpAdd
	OpSub
	OpMul
	OpDiv
	OpDup
	OpSwap
	OpJmp
	OpJz
	OpCall
	OpPrint
	OpHalt
)

var opNames = [...]string{"push", "add", "sub", "mul", "div", "dup", "swap", "jmp", "jz", "call", "print", "halt"}

func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return fmt.Sprintf("op(%d)", byte(o))
}

type Instr struct {
	Op  Op
	Arg int
	Sym string
}

type VMError struct {
	PC  int
	Op  Op
	Msg string
}

func (e *VMError) Error() string { return fmt.Sprintf("pc=%d %v: %s", e.PC, e.Op, e.Msg) }

func assemble(src string) ([]Instr, error) {
	labels := map[string]int{}
	var lines [][]string
	for _, l := range strings.Split(src, "\n") {
		if i := strings.IndexByte(l, ';'); i >= 0 {
			l = l[:i]
		}
		f := strings.Fields(l)
		if len(f) == 0 {
			continue
		}
		if strings.HasSuffix(f[0], ":") {
			labels[strings.TrimSuffix(f[0], ":")] = len(lines)
			continue
		}
		lines = append(lines, f)
	}
	prog := make([]Instr, 0, len(lines))
	for n, f := range lines {
		op := slices.Index(opNames[:], f[0])
		if op < 0 {
			return nil, fmt.Errorf("line %d: unknown op %q", n, f[0])
		}
		in := Instr{Op: Op(op)}
		if len(f) > 1 {
			if v, err := strconv.Atoi(f[1]); err == nil {
				in.Arg = v
			} else if t, ok := labels[f[1]]; ok {
				in.Arg = t
			} else {
				in.Sym = f[1]
			}
		}
		prog = append(prog, in)
	}
	return prog, nil
}

type VM struct {
	stack    []int
	out      []string
	builtins map[string]func(vm *VM) error
	steps    int
}

func (vm *VM) pop() (int, bool) {
	if len(vm.stack) == 0 {
		return 0, false
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v, true
}

func (vm *VM) Run(prog []Instr) (err error) {
	for pc := 0; pc < len(prog); pc++ {
		vm.steps++
		if vm.steps > 1000 {
			return &VMError{pc, prog[pc].Op, "step limit"}
		}
		in := prog[pc]
		fail := func(msg string) error { return &VMError{pc, in.Op, msg} }
		switch in.Op {
		case OpPush:
			vm.stack = append(vm.stack, in.Arg)
		case OpAdd, OpSub, OpMul, OpDiv:
			b, ok1 := vm.pop()
			a, ok2 := vm.pop()
			if !ok1 || !ok2 {
				return fail("stack underflow")
			}
			var r int
			switch in.Op {
			case OpAdd:
				r = a + b
			case OpSub:
				r = a - b
			case OpMul:
				r = a * b
			case OpDiv:
				if b == 0 {
					return fail("division by zero")
				}
				r = a / b
			}
			vm.stack = append(vm.stack, r)
		case OpDup:
			if len(vm.stack) == 0 {
				return fail("stack underflow")
			}
			vm.stack = append(vm.stack, vm.stack[len(vm.stack)-1])
		case OpSwap:
			n := len(vm.stack)
			if n < 2 {
				return fail("stack underflow")
			}
			vm.stack[n-1], vm.stack[n-2] = vm.stack[n-2], vm.stack[n-1]
		case OpJmp:
			pc = in.Arg - 1
		case OpJz:
			v, ok := vm.pop()
			if !ok {
				return fail("stack underflow")
			}
			if v == 0 {
				pc = in.Arg - 1
			}
		case OpCall:
			f, ok := vm.builtins[in.Sym]
			if !ok {
				return fail("no builtin " + in.Sym)
			}
			if err := f(vm); err != nil {
				return fmt.Errorf("%w (in %s)", fail(err.Error()), in.Sym)
			}
		case OpPrint:
			v, _ := vm.pop()
			vm.out = append(vm.out, strconv.Itoa(v))
		case OpHalt:
			return nil
		default:
			return fail("bad opcode")
		}
	}
	return nil
}

func main() {
	newVM := func() *VM {
		return &VM{builtins: map[string]func(*VM) error{
			"sq": func(vm *VM) error {
				v, ok := vm.pop()
				if !ok {
					return errors.New("empty")
				}
				vm.stack = append(vm.stack, v*v)
				return nil
			},
			"neg": func(vm *VM) error { vm.stack[len(vm.stack)-1] *= -1; return nil },
		}}
	}
	programs := map[string]string{
		"arith": "push 6\npush 7\nmul\npush 2\nsub\nprint\nhalt",
		"countdown": `
	push 3
loop:
	dup
	print
	push 1
	sub
	dup
	jz end
	jmp loop
end:
	halt`,
		"builtins":  "push 5\ncall sq\ncall neg\nprint",
		"underflow": "push 1\nadd",
		"divzero":   "push 1\npush 0\ndiv",
		"nocall":    "push 1\ncall cube",
		"badop":     "push 1\nfrobnicate",
		"forever":   "top:\njmp top",
		"emptycall": "call sq",
	}
	for _, name := range slices.Sorted(maps.Keys(programs)) {
		prog, err := assemble(programs[name])
		if err != nil {
			fmt.Printf("%-10s asm error: %v\n", name, err)
			continue
		}
		vm := newVM()
		err = vm.Run(prog)
		var ve *VMError
		switch {
		case errors.As(err, &ve):
			fmt.Printf("%-10s error at %d (%v): %v\n", name, ve.PC, ve.Op, err)
		case err != nil:
			fmt.Printf("%-10s other error: %v\n", name, err)
		default:
			fmt.Printf("%-10s out=%v stack=%v steps=%d\n", name, vm.out, vm.stack, vm.steps)
		}
	}
	fmt.Println(OpHalt, Op(42), []Op{OpPush, OpJz})
	fmt.Printf("%v %d %+v\n", OpCall, OpCall, Instr{OpJmp, 3, ""})
}

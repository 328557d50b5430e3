package interp

import (
	"context"
	"testing"
)

// TestYaegiStmtFixes pins the rewrites of fix_switch.go, fix_forinit.go,
// fix_nilassign.go, fix_returnbuiltins.go, fix_selectcontinue.go,
// fix_embedptr_assert.go, fix_ptrmethod_assert.go, the errors.As of a
// session interface (fix_errors.go), the assignment of &T{} to an error
// (fix_assign.go), the deferred function literal with arguments and the
// loop variables a callback reads (fix_defer.go), and the hoisting of a
// cell's declarations (plan_deps.go): each program printed something else
// (or failed, or never ended) without them; so did the printing of
// values with methods inside []any, maps and struct fields
// (fix_valueiface.go).
func TestYaegiStmtFixes(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"case list of calls, tag switch", `
calls := []string{}
probe := func(name string, v int) int { calls = append(calls, name); return v }
switch probe("tag", 10) {
case probe("a", 1), probe("b", 10), probe("c", 10):
	fmt.Println("b", calls)
case probe("d", 10):
	fmt.Println("d", calls)
}`, "b [tag a b]\n"},
		{"case list of calls, no tag", `
r := 'は'
switch {
case unicode.Is(unicode.Han, r), unicode.Is(unicode.Hiragana, r):
	fmt.Println("cjk")
default:
	fmt.Println("other")
}`, "cjk\n"},
		{"switch init and tag expression", `
switch x := 5; x * 2 {
case 10:
	fmt.Println("ten")
default:
	fmt.Println("other")
}`, "ten\n"},
		{"fallthrough into a default that is not last", `
for l := 0; l < 4; l++ {
	var acts []string
	switch l {
	case 3:
		acts = append(acts, "exit")
		fallthrough
	case 2:
		acts = append(acts, "mail")
		fallthrough
	default:
		acts = append(acts, "log")
	case 0:
	}
	fmt.Println(l, acts)
}`, "0 []\n1 [log]\n2 [mail log]\n3 [exit mail log]\n"},
		{"fallthrough out of a default that is not last", `
for _, v := range []int{1, 5} {
	switch v {
	default:
		fmt.Print("default ")
		fallthrough
	case 5:
		fmt.Print("five ")
	}
	fmt.Println()
}`, "default five \nfive \n"},
		{"for with init and no condition", `
n := 0
for i := 0; ; {
	n++
	if i > 3 || n > 10 {
		break
	}
	i += 2
}
fmt.Println(n)`, "3\n"},
		{"parallel assignment of nils", `
type node struct{ prev, next *node }
x := &node{}
x.next = &node{}
x.prev, x.next = nil, nil
var p, q *int = new(int), new(int)
p, q = nil, nil
fmt.Println(x.next == nil, p == nil, q == nil)`, "true true true\n"},
		{"parallel assignment of any values", `
var x, y any = 1, "s"
x, y = y, x
vals := []any{1, "a", 2.5}
vals[0], vals[2] = vals[2], vals[0]
func() {
	var a, b any = []int{1}, nil
	a, b = b, a
	fmt.Println(a, b)
}()
fmt.Println(x, y, vals)`, "<nil> [1]\ns 1 [2.5 a 1]\n"},
		{"builtin calls returned together", `
func dims(m [][]float64) (int, int) { return len(m), len(m[0]) }
func lc(a []int) (int, int, []int) { n := len(a); return n, cap(a), append(a, 9) }
fmt.Println(dims([][]float64{{1, 2, 3}, {4, 5, 6}}))
fmt.Println(lc(make([]int, 1, 4)))`, "2 3\n1 4 [0 9]\n"},
		{"continue and nested break in a select", `
ch := make(chan int, 4)
ch <- 1
ch <- 2
ch <- 3
n := 0
for n < 5 {
	n++
	select {
	case v := <-ch:
		if v == 2 {
			fmt.Print("skip ")
			break
		}
		fmt.Print("got", v, " ")
		continue
	default:
	}
	fmt.Print("end", n, " ")
}
fmt.Println()`, "got1 skip end2 got3 end4 end5 \n"},
		{"assertion to a type with methods of an embedded pointer", `
type base struct{ id string }
func (b *base) ID() string { return b.id }
type IDer interface{ ID() string }
type S struct {
	*base
	n int
}
var x IDer = S{&base{"s"}, 1}
s, ok := x.(S)
fmt.Println(s.n, ok)
fmt.Printf("%T\n", x)`, "1 true\nmain.S\n"},
		{"assertion to a type with methods of an embedded interface", `
type Store interface {
	Get() string
	Keys() []string
}
type M struct{}
func (M) Get() string     { return "v" }
func (M) Keys() []string  { return []string{"k"} }
type Counting struct {
	Store
	gets int
}
func (c *Counting) Get() string { c.gets++; return c.Store.Get() }
var s Store = &Counting{Store: M{}}
c, ok := s.(*Counting)
fmt.Println(ok, c.Get(), c.gets, s.Keys())`, "true v 1 [k]\n"},
		{"assertion to an interface a value does not implement", `
type Namer interface{ Name() string }
type Renamer interface {
	Namer
	Rename(string)
}
type Entity struct{ name string }
func (e Entity) Name() string     { return e.name }
func (e *Entity) Rename(n string) { e.name = n }
var n Namer = Entity{"a"}
_, ok := n.(Renamer)
var p Namer = &Entity{"b"}
_, ok2 := p.(Renamer)
fmt.Println(ok, ok2)
func() {
	defer func() { fmt.Println(recover()) }()
	n.(Renamer).Rename("x")
}()
fmt.Println(n.Name())`, "false true\ninterface conversion: main.Entity is not main.Renamer: missing method Rename\na\n"},
		{"errors.As to a session interface", `
type Temporary interface{ Temporary() bool }
type TimeoutError struct{ Op string }
func (e *TimeoutError) Error() string   { return e.Op + " timed out" }
func (e *TimeoutError) Temporary() bool { return true }
err := fmt.Errorf("w: %w", fmt.Errorf("v: %w", &TimeoutError{"get"}))
var tmp Temporary
fmt.Println(errors.As(err, &tmp), tmp != nil && tmp.Temporary())`, "true true\n"},
		{"pointer assigned to an error variable", `
type E struct{ Pos int }
func (e *E) Error() string { return fmt.Sprint("e", e.Pos) }
func one() error { return nil }
func f() error {
	err := one()
	if err == nil {
		err = &E{3}
	}
	return err
}
fmt.Println(f())`, "e3\n"},
		{"deferred function literal with arguments in a loop", `
func() {
	x := 1
	for i := range 3 {
		defer func(v int) { fmt.Print(v*x, " ") }(i)
	}
	x = 10
}()
fmt.Println()`, "20 10 0 \n"},
		{"declarations naming fields like a variable of the cell", `
type Clock interface{ Now() int }
type FC struct{ t int }
func (c *FC) Now() int { return c.t }
type B struct {
	clock Clock
	last  int
}
func NewB(c Clock) *B { return &B{clock: c} }
func (b *B) refill()  { b.last = b.clock.Now() }
func (b *B) Allow() bool {
	b.refill()
	return b.last > 0
}
clock := &FC{t: 3}
b := NewB(clock)
fmt.Println(b.Allow(), b.last)`, "true 3\n"},
		{"callback reading a field of a type declared in the loop", `
for _, k := range []int{1, 2} {
	type entry struct{ n int }
	es := []entry{{k}, {k + 5}}
	sort.Slice(es, func(i, j int) bool { return es[i].n > es[j].n })
	fmt.Println(es)
}`, "[{6} {1}]\n[{7} {2}]\n"},
		{"values with String and Error methods inside []any, maps and fields", `
type P struct{ X int }
func (p P) String() string { return fmt.Sprintf("P<%d>", p.X) }
type E struct{ c int }
func (e *E) Error() string { return "E!" }
type Color int
func (c Color) String() string { return "blue" }
type W struct{ In any }
xs := []any{P{1}, &E{2}, 3, Color(2), "s"}
fmt.Println(xs, map[string]any{"a": P{2}})
fmt.Printf("%v %+v %q\n", W{Color(2)}, W{P{4}}, []any{Color(2)})`, "[P<1> E! 3 blue s] map[a:P<2>]\n{blue} {In:P<4>} [\"blue\"]\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, out, _ := testSession(t)
			ctx, cancel := context.WithTimeout(context.Background(), 20*1e9)
			defer cancel()
			if _, err := s.Eval(ctx, c.src); err != nil {
				t.Fatalf("%v\noutput: %q", err, out.String())
			}
			if got := out.String(); got != c.want {
				t.Errorf("output %q, want %q", got, c.want)
			}
		})
	}
}

package interp

import (
	"context"
	"testing"
)

// evalOut runs the cells in a new session and returns what they printed.
func evalOut(t *testing.T, cells ...string) string {
	t.Helper()
	s, out, _ := testSession(t)
	for _, cell := range cells {
		if _, err := s.Eval(context.Background(), cell); err != nil {
			t.Fatalf("%q: %v", cell, err)
		}
	}
	return out.String()
}

// TestIfaceFieldsPrinted: a value of a struct type with fields of a session
// interface type, printed through that interface (see fix_ifacefields.go),
// prints its fields' dynamic values, as in Go; also when the struct type
// was declared in an earlier cell.
func TestIfaceFieldsPrinted(t *testing.T) {
	got := evalOut(t, `type Node interface{ Eval() float64 }
type Num float64
type Bin struct {
	Op   string
	L, R Node
}
func (n Num) Eval() float64 { return float64(n) }
func (b Bin) Eval() float64 { return b.L.Eval() + b.R.Eval() }`,
		`var n Node = Bin{"+", Num(1), Bin{"*", Num(2), Num(3)}}
fmt.Println(n)
fmt.Printf("%v|%+v\n", n, n)
fmt.Println(fmt.Sprint(n), fmt.Errorf("bad %v", n))`)
	want := "{+ 1 {* 2 3}}\n{+ 1 {* 2 3}}|{Op:+ L:1 R:{Op:* L:2 R:3}}\n{+ 1 {* 2 3}} bad {+ 1 {* 2 3}}\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestPullLockStep: iter.Pull and iter.Pull2 run the sequence only between
// a call of next and its yield, start it at the first next, and stop waits
// for it to return (its deferred calls run before stop returns), as Go's
// coroutines do.
func TestPullLockStep(t *testing.T) {
	got := evalOut(t, `gen := func(yield func(int) bool) {
	fmt.Println("start")
	defer fmt.Println("cleanup")
	for i := 1; i <= 3; i++ {
		fmt.Println("make", i)
		if !yield(i) {
			return
		}
	}
}
next, stop := iter.Pull(gen)
fmt.Println("pulled")
v, ok := next()
fmt.Println("got", v, ok)
stop()
fmt.Println("stopped")
v, ok = next()
fmt.Println("got", v, ok)
_, stop2 := iter.Pull(gen)
stop2()
pairs := func(yield func(string, int) bool) {
	for i, s := range []string{"a", "b"} {
		fmt.Println("pair", s)
		if !yield(s, i) {
			return
		}
	}
	fmt.Println("pairs done")
}
next2, stop3 := iter.Pull2(pairs)
for {
	k, v, ok := next2()
	if !ok {
		break
	}
	fmt.Println(k, v)
}
stop3()
fmt.Println("end")`)
	want := "pulled\nstart\nmake 1\ngot 1 true\ncleanup\nstopped\ngot 0 false\npair a\na 0\npair b\nb 1\npairs done\nend\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestTypedNilError: a nil pointer of a session type that becomes an error
// (returned, assigned, declared, appended, stored in a field) is a non-nil
// error, as in Go, printed as fmt prints it (see fix_typednil.go).
func TestTypedNilError(t *testing.T) {
	got := evalOut(t, `type MyErr struct{ Code int }
func (e *MyErr) Error() string { return fmt.Sprint("code ", e.Code) }
type SafeErr struct{}
func (e *SafeErr) Error() string {
	if e == nil {
		return "nil SafeErr"
	}
	return "safe"
}
func check(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{7}
	}
	return p
}`, `func safe() error {
	var s *SafeErr
	return s
}
err := check(false)
fmt.Println(err == nil, err, check(true))
fmt.Printf("%v|%T|%q\n", err, err, safe())
var p *MyErr
var e1 error = p
var e2 error
e2 = p
errs := []error{p, nil}
type R struct{ Err error }
r := R{Err: p}
fmt.Println(e1 != nil, e2 != nil, errs[0] != nil, errs[1] != nil, r.Err != nil)
if err := check(false); err != nil {
	fmt.Println("non-nil:", err)
}`)
	want := "false <nil> code 7\n<nil>|*main.MyErr|\"nil SafeErr\"\ntrue true true false true\nnon-nil: <nil>\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestConstRuneIndex: an array indexed by a constant rune expression
// inside a function (counts['l'-'a']) runs: the bounds check before the
// statement converts the constant to int (yaegi typed gg__i := 'l'-'a' as
// rune, and the check failed to compile with "mismatched types int32 and
// int").
func TestConstRuneIndex(t *testing.T) {
	got := evalOut(t, `func count(s string) [26]int {
	var c [26]int
	for _, r := range s {
		c[r-'a']++
	}
	fmt.Println(c['l'-'a'], c['o'-'a'], c[2.0], c['a'-'a':'c'-'a'])
	return c
}
count("hello")`)
	if want := "2 1 0 [0 0]\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestIfaceTagSwitch: a switch on an error (or an any) with cases of
// session values (a struct error, a pointer, a sentinel) takes the case Go
// takes; yaegi panicked converting the error to the struct type (see
// fix_errswitch.go).
func TestIfaceTagSwitch(t *testing.T) {
	got := evalOut(t, `var ErrA = errors.New("a failed")
type CodeErr struct{ Code int }
func (c CodeErr) Error() string { return fmt.Sprint("code ", c.Code) }
type PErr struct{ Code int }
func (c *PErr) Error() string { return fmt.Sprint("pcode ", c.Code) }
pe := &PErr{1}
get := func(i int) error { return []error{ErrA, CodeErr{4}, CodeErr{5}, pe, &PErr{1}, nil}[i] }
for i := range 6 {
	switch err := get(i); err {
	case nil:
		fmt.Print("nil ")
	case ErrA:
		fmt.Print("A ")
	case CodeErr{3}, CodeErr{4}:
		fmt.Print("code4 ")
	case pe:
		fmt.Print("pe ")
	default:
		fmt.Print("other(", err, ") ")
	}
}
var x any = CodeErr{4}
switch x {
case 4:
	fmt.Println("int")
case CodeErr{4}:
	fmt.Println("any code4")
}`)
	if want := "A code4 other(code 5) pe other(pcode 1) nil any code4\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestParallelDirectAssign: a parallel assignment with a call, a
// composite literal or a receive among its operands assigns every
// destination (yaegi dropped the others: see fix_parassign.go), in a
// function, at the top level and in a generic function.
func TestParallelDirectAssign(t *testing.T) {
	got := evalOut(t, `type P struct{ X int }
f := func() int { return 10 }
x, y := 1, 2
x, y = f(), y+1
p, n := P{1}, 5
ch := make(chan int, 1)
ch <- 9
v, w := <-ch, 3
c, d := []int{1}, []int{5, 6}
d, c = d[1:], append(c, d[0])
fmt.Println(x, y, p, n, v, w, c, d)
func merge[T cmp.Ordered](l, r []T) []T {
	var out []T
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out, l = append(out, l[0]), l[1:]
		} else {
			out, r = append(out, r[0]), r[1:]
		}
	}
	return append(append(out, l...), r...)
}
func g() (int, int) {
	a, b := 1, 2
	a, b = f(), a+b
	return a, b
}
fmt.Println(merge([]int{1, 4}, []int{2, 3, 5}))
fmt.Println(g())`)
	if want := "10 3 {1} 5 9 3 [1 5] [6]\n[1 2 3 4 5]\n10 3\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestRangeFuncReturnNil: return i, nil from the body of a range over an
// iterator function, in a function with an error result, returns both
// (the results were assigned in parallel, and yaegi panicked "reflect:
// New(nil)" on the nil).
func TestRangeFuncReturnNil(t *testing.T) {
	got := evalOut(t, `func find(xs []int, target int) (int, error) {
	for i, v := range slices.All(xs) {
		if v == target {
			return i, nil
		}
	}
	return -1, errors.New("not found")
}
fmt.Println(find([]int{5, 7, 9}, 7))
fmt.Println(find(nil, 1))`)
	if want := "1 <nil>\n-1 not found\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestGenericTypeNameInAny: %T of a generic struct instance stored in an
// any names the instance as Go does, not the rewrite's copy (gg__Pair_7).
func TestGenericTypeNameInAny(t *testing.T) {
	got := evalOut(t, `type Pair[K comparable, V any] struct {
	Key K
	Val V
}
type Box[T any] struct{ V T }
func (b Box[T]) Get() T { return b.V }
things := []any{Pair[string, int]{"a", 1}, &Pair[int, bool]{}, Box[string]{"x"}, &Box[int]{}}
for _, x := range things {
	fmt.Printf("%T ", x)
}`)
	if want := "main.Pair[string,int] *main.Pair[int,bool] main.Box[string] *main.Box[int] "; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestMapCommaOkZero: v, ok := m[k] sets v to the zero value on a miss,
// also for a v declared in a loop body (yaegi kept the previous
// iteration's value) or assigned with = (see fix_mapcommaok.go).
func TestMapCommaOkZero(t *testing.T) {
	got := evalOut(t, `m := map[string]int{"a": 1, "c": 3}
for _, k := range []string{"a", "b", "c", "d"} {
	v, ok := m[k]
	fmt.Print(k, v, ok, " ")
}
type P struct{ X int }
pm := map[int]P{1: {5}}
var p P
var ok bool
p, ok = pm[1]
p, ok = pm[2]
fmt.Println(p, ok)
for i := 1; i <= 2; i++ {
	if q, ok := pm[i]; !ok {
		fmt.Println("missing", i, q)
	}
}
func lists(m map[string][]int, keys ...string) (n int) {
	for _, k := range keys {
		var l, _ = m[k]
		n += len(l)
	}
	return n
}
fmt.Println(lists(map[string][]int{"x": {1, 2}}, "x", "y", "y"))
for _, k := range []string{"a", "z"} {
	w, _ := m[k]
	if v, ok := m[k]; ok {
		fmt.Print("hit ", v, w, " ")
	} else {
		fmt.Print("miss ", v, w, " ")
	}
}`)
	if want := "a1 true b0 false c3 true d0 false {0} false\nmissing 2 {0}\n2\nhit 1 1 miss 0 0 "; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestAssertCommaOkZero: v, ok := x.(T) in a loop sets v to T's zero
// value when the assertion fails (yaegi kept the previous iteration's
// value), for concrete and interface types.
func TestAssertCommaOkZero(t *testing.T) {
	got := evalOut(t, `type Shape interface{ Area() float64 }
type Sq struct{ S float64 }
func (s Sq) Area() float64 { return s.S * s.S }
for _, x := range []any{1, "s", Sq{2}, 2.5} {
	n, ok := x.(int)
	sh, isShape := x.(Shape)
	sq, _ := x.(Sq)
	fmt.Print(n, ok, sh, isShape, sq, ";")
}`)
	if want := "1 true <nil> false {0};0 false <nil> false {0};0 false {2} true {2};0 false <nil> false {0};"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestReceiveIntoElement: a receive assigned to a slice element, an array
// element, a field or through a pointer is stored (yaegi wrote it into a
// temporary), also as a select case (which panicked "reflect.Select:
// invalid Dir").
func TestReceiveIntoElement(t *testing.T) {
	got := evalOut(t, `ch := make(chan int, 10)
for i := range 10 {
	ch <- i + 1
}
res := make([]int, 3)
for i := range res {
	res[i] = <-ch
}
type S struct{ V int }
s, sp := S{}, &S{}
s.V = <-ch
sp.V = <-ch
x := 0
p := &x
*p = <-ch
var ok bool
select {
case res[0], ok = <-ch:
}
select {
case s.V = <-ch:
}
fmt.Println(res, s, *sp, x, ok)`)
	if want := "[7 2 3] {8} {5} 6 true\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestParallelVarSpec: var a, b = P{1}, 5 (and with a call) declares both
// values, at the top level and in a function.
func TestParallelVarSpec(t *testing.T) {
	got := evalOut(t, `type P struct{ X int }
f := func() int { return 10 }
var a, b = P{1}, 5
var u, w = f(), 8
func g() string {
	var c, d = P{2}, 6
	var e, h int = f(), 7
	return fmt.Sprint(c, d, e, h)
}
fmt.Println(a, b, u, w, g())`)
	if want := "{1} 5 10 8 {2} 6 10 7\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestRangePtrArray: ranges over a pointer to an array (the pointer
// receiver of an array type's method) read and write the array (yaegi's
// range overwrote a frame slot: see fix_rangeptrarray.go).
func TestRangePtrArray(t *testing.T) {
	got := evalOut(t, `type Board [2][2]rune
func (b *Board) Reset() {
	for i := range b {
		for j := range b[i] {
			b[i][j] = '.'
		}
	}
}
func (b *Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		sb.WriteString(string(row[:]) + "|")
	}
	return sb.String()
}
var b Board
b.Reset()
b[1][0] = 'X'
fmt.Println(b.String())
a := [3]string{"a", "b", "c"}
p := &a
loop:
for i, v := range p {
	p[2] = "q"
	if v == "q" {
		break loop
	}
	fmt.Print(i, v)
}`)
	if want := "..|X.|\n0a1b"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestShimSortedStableCompareFunc: slices.SortedStableFunc and
// slices.CompareFunc exist in the session (the slices shim lacked them).
func TestShimSortedStableCompareFunc(t *testing.T) {
	got := evalOut(t, `type P struct{ N string; A int }
ps := []P{{"b", 2}, {"a", 1}, {"c", 2}, {"d", 1}}
fmt.Println(slices.SortedStableFunc(slices.Values(ps), func(x, y P) int { return cmp.Compare(x.A, y.A) }))
fmt.Println(slices.CompareFunc([]string{"ab"}, []int{2, 0}, func(s string, n int) int { return cmp.Compare(len(s), n) }))`)
	if want := "[{a 1} {d 1} {b 2} {c 2}]\n-1\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestIfaceLiteralPrinted: a value in a variable of an interface literal
// type (a type switch case interface{ Area() float64 }) prints through its
// String method, as fmt does with the dynamic value.
func TestIfaceLiteralPrinted(t *testing.T) {
	got := evalOut(t, `type Sq struct{ S float64 }
func (s Sq) Area() float64 { return s.S * s.S }
func (s Sq) String() string { return fmt.Sprintf("Sq(%g)", s.S) }
for _, it := range []any{Sq{2}, &Sq{1}} {
	switch v := it.(type) {
	case interface{ Area() float64 }:
		fmt.Println("shape", v.Area(), v)
	}
}
var a interface{ Area() float64 } = Sq{3}
fmt.Printf("%v %s\n", a, a)`)
	if want := "shape 4 Sq(2)\nshape 1 Sq(1)\nSq(3) Sq(3)\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestShortRedeclReuses: n, m := 2, 3 in a function, with n declared
// before in the same scope, assigns the same n that a closure and a
// pointer see (yaegi made a new variable: see fix_shortredecl.go).
func TestShortRedeclReuses(t *testing.T) {
	got := evalOut(t, `func f() {
	n := 1
	g := func() int { return n }
	p := &n
	n, m := 2, 3
	fmt.Println(g(), *p, n, m)
	var fs []func() int
	for i := range 2 {
		v := i * 10
		fs = append(fs, func() int { return v })
		v, w := v+1, "x"
		_ = w
	}
	fmt.Println(fs[0](), fs[1]())
}
f()`)
	if want := "2 2 2 3\n1 11\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestUnexportedCompiledFields: unexported fields of compiled types with
// String methods (time.Duration, time.Time) print as their plain values,
// as fmt cannot call methods through unexported fields; %+v of them does
// not panic (see fix_rawfields.go).
func TestUnexportedCompiledFields(t *testing.T) {
	got := evalOut(t, `type task struct {
	name string
	dur  time.Duration
	at   time.Time
	Pub  time.Duration
}
k := task{"build", 90 * time.Second, time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), time.Minute}
fmt.Println(k)
fmt.Printf("%+v\n", k)
fmt.Println([]task{k}[0].dur, k.Pub)`)
	want := "{build 90000000000 {0 63839761445 <nil>} 1m0s}\n{name:build dur:90000000000 at:{wall:0 ext:63839761445 loc:<nil>} Pub:1m0s}\n1m30s 1m0s\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

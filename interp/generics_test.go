package interp

import (
	"strings"
	"testing"
)

// cellsOutput runs cells in one session and returns what each printed.
func cellsOutput(t *testing.T, cells ...string) []string {
	t.Helper()
	s, out, _ := testSession(t)
	var got []string
	for _, c := range cells {
		before := len(out.String())
		eval(t, s, c)
		got = append(got, out.String()[before:])
	}
	return got
}

// Generics declared in one cell are instantiated in later ones, with type
// arguments the declaring cell never used; values cross cells keeping
// their type.
func TestGenericsAcrossCells(t *testing.T) {
	got := cellsOutput(t,
		`type Stack[T any] struct{ items []T }
func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int { return len(s.items) }
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}`,
		`s := &Stack[int]{}
s.Push(1)
fmt.Println(s.Len())`,
		`s.Push(2)
var t Stack[int] = *s
t.Push(3)
fmt.Println(s.Len(), t.Len(), t.items)`,
		`names := &Stack[string]{}
names.Push("x")
fmt.Printf("%T %T %v\n", s, *names, names.items)`,
		`fmt.Println(Map(s.items, strconv.Itoa), Map(names.items, strings.ToUpper))`,
		`func Top[T any](s *Stack[T]) T { return s.items[len(s.items)-1] }
fmt.Println(Top(s), Top(names))`,
		`func (s *Stack[T]) Peek() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	return s.items[len(s.items)-1], true
}
v, ok := s.Peek()
w, _ := (&Stack[float64]{}).Peek()
fmt.Println(v, ok, w)`,
	)
	want := []string{
		"",
		"1\n",
		"2 3 [1 2 3]\n",
		"*main.Stack[int] main.Stack[string] [x]\n",
		"[1 2] [X]\n",
		"2 x\n",
		"2 true 0\n",
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("cell %d printed %q, want %q", i+1, got[i], want[i])
		}
	}
}

// A generic declared again replaces the old one for later
// instantiations; a copy made for the old one is not reused.
func TestGenericRedeclared(t *testing.T) {
	got := cellsOutput(t,
		`type Box[T any] struct{ V T }
func (b Box[T]) Show() string { return fmt.Sprint("old ", b.V) }
fmt.Println(Box[int]{1}.Show())`,
		`type Box[T any] struct{ V, W T }
func (b Box[T]) Show() string { return fmt.Sprint("new ", b.V, b.W) }
fmt.Println(Box[int]{1, 2}.Show())
fmt.Printf("%+v\n", Box[string]{"a", "b"})`,
		`func Twice[T any](v T) Box[T] { return Box[T]{v, v} }
fmt.Println(Twice(7).Show())`,
		`func Twice[T any](v T) []T { return []T{v, v, v} }
fmt.Println(Twice(7), Twice("s"))`,
	)
	want := []string{"old 1\n", "new 1 2\n{V:a W:b}\n", "new 7 7\n", "[7 7 7] [s s s]\n"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("cell %d printed %q, want %q", i+1, got[i], want[i])
		}
	}
}

// The final value of a cell of a generic type with a String method shows
// through that method.
func TestGenericValueDisplay(t *testing.T) {
	s, _, _ := testSession(t)
	eval(t, s, `type Opt[T any] struct {
	v  T
	ok bool
}
func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}
func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }`)
	r := eval(t, s, `Some(3)`)
	if text := r.Bundle["text/plain"]; !strings.Contains(text.(string), "Some(3)") {
		t.Errorf("Some(3) shows %q, want Some(3)", text)
	}
}

// A cell whose statements fail still leaves the generic's copies it
// declared usable by later cells.
func TestGenericAfterFailedCell(t *testing.T) {
	s, out, _ := testSession(t)
	eval(t, s, `type Pair[A, B any] struct {
	First  A
	Second B
}`)
	evalErr(t, s, `p := Pair[string, int]{"a", 1}
panic(p.First)`)
	eval(t, s, `q := Pair[string, int]{"b", 2}
fmt.Println(q.First, q.Second)`)
	if got := out.String(); got != "b 2\n" {
		t.Errorf("printed %q, want %q", got, "b 2\n")
	}
}

// A generic function's copies call the generic functions in force: one
// declared again in a later cell replaces the old one in them too.
func TestGenericCalleeRedeclared(t *testing.T) {
	got := cellsOutput(t,
		`func Show[T any](v T) string { return fmt.Sprint("<", v, ">") }
func ShowAll[T any](xs []T) string {
	s := ""
	for _, x := range xs {
		s += Show(x)
	}
	return s
}
fmt.Println(ShowAll([]int{1, 2}))`,
		`func Show[T any](v T) string { return fmt.Sprint("[", v, "]") }
fmt.Println(ShowAll([]int{1, 2}))`,
	)
	if want := []string{"<1><2>\n", "[1][2]\n"}; got[0] != want[0] || got[1] != want[1] {
		t.Errorf("printed %q, want %q", got, want)
	}
}

// A type argument declared again in a later cell is another type: the
// instantiation with it gets its own copy.
func TestGenericTypeArgRedeclared(t *testing.T) {
	got := cellsOutput(t,
		`type Box[T any] struct{ V T }
func (b Box[T]) Get() T { return b.V }
type Item struct{ A int }
b1 := Box[Item]{Item{1}}
fmt.Println(b1.Get().A)`,
		`type Item struct{ A, B string }
b2 := Box[Item]{Item{"x", "y"}}
fmt.Println(b2.Get().B)
fmt.Printf("%T %v\n", b2, b2)`,
	)
	if want := []string{"1\n", "y\nmain.Box[main.Item] {{x y}}\n"}; got[0] != want[0] || got[1] != want[1] {
		t.Errorf("printed %q, want %q", got, want)
	}
}

// An instantiation whose type argument cannot be declared at the package
// level is a clear compile error, not yaegi's "undefined".
func TestGenericUnmovableLocalType(t *testing.T) {
	s, _, _ := testSession(t)
	e := evalErr(t, s, `func Wrap[T any](v T) []T { return []T{v} }
func run() {
	const n = 2
	type arr [n]int
	fmt.Println(Wrap(arr{}))
}
run()`)
	if e.Name != "CompileError" || !strings.Contains(e.Message, "cannot instantiate Wrap") || e.Line != 5 {
		t.Errorf("got %s at line %d: %s", e.Name, e.Line, e.Message)
	}
}

// A generic whose body is wrong for its constraint is a compile error, as
// in Go, though a copy for the type argument used would compile.
func TestGenericBodyError(t *testing.T) {
	s, out, _ := testSession(t)
	e := evalErr(t, s, `func Inc[T any](x T) T { return x + 1 }
fmt.Println(Inc(1))`)
	if e.Name != "CompileError" || e.Line != 1 || out.String() != "" {
		t.Errorf("got %s at line %d: %s (printed %q)", e.Name, e.Line, e.Message, out.String())
	}
	eval(t, s, `func Inc[T int | float64](x T) T { return x + 1 }
fmt.Println(Inc(1), Inc(1.5))`)
	if got := out.String(); got != "2 2.5\n" {
		t.Errorf("printed %q", got)
	}
}

// The shims' generic functions are copied like the session's: with a
// struct of the session (which yaegi's generic slices.Contains
// dereferenced nil on), again in later cells, and for a type declared
// again.
func TestShimGenericsCopied(t *testing.T) {
	got := cellsOutput(t,
		`type P struct{ X int }
ps := []P{{1}, {2}}
fmt.Println(slices.Contains(ps, P{2}), slices.ContainsFunc(ps, func(p P) bool { return p.X > 5 }))`,
		`fmt.Println(slices.Index(ps, P{2}), slices.Contains(ps, P{3}))`,
		`type P struct{ X, Y int }
fmt.Println(slices.Contains([]P{{1, 2}}, P{1, 2}), slices.Equal([]P{{1, 2}}, []P{{1, 3}}))`,
	)
	want := []string{"true false\n", "1 false\n", "true false\n"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("cell %d printed %q, want %q", i+1, got[i], want[i])
		}
	}
}

// An instantiation that breaks its constraint is a compile error, though
// the copy for it (string + string) would compile.
func TestGenericConstraintViolated(t *testing.T) {
	s, out, _ := testSession(t)
	eval(t, s, `type Number interface{ ~int | ~float64 }
func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}`)
	e := evalErr(t, s, `fmt.Println(Sum(1, 2))
fmt.Println(Sum("a", "b"))`)
	if e.Name != "CompileError" || e.Line != 2 || !strings.Contains(e.Message, "does not satisfy") || out.String() != "" {
		t.Errorf("got %s at line %d: %s (printed %q)", e.Name, e.Line, e.Message, out.String())
	}
}

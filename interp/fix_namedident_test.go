package interp

import (
	"context"
	"errors"
	"testing"
)

// Values of the session's non-struct defined types keep their type in an
// any (fix_namedident.go): type switches, assertions, == and map keys
// tell Celsius from Fahrenheit from float64 and Status from int, values
// that went through compiled code (a context) still assert, and all of
// it holds after the types are redefined by re-running their cell.
func TestNamedTypesKeepIdentity(t *testing.T) {
	types := `type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Fahr float64

func (f Fahr) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

type Status int
type Path []int
type key string

func kind(v any) string {
	switch x := v.(type) {
	case Celsius:
		return "Celsius " + x.String()
	case Fahr:
		return "Fahr " + x.String()
	case float64:
		return fmt.Sprint("float64 ", x)
	case Status:
		return fmt.Sprint("Status ", int(x))
	case int:
		return fmt.Sprint("int ", x)
	case Path:
		return fmt.Sprint("Path ", len(x))
	case []int:
		return "[]int"
	}
	return "other"
}

func get() any { return Status(7) }
`
	use := `for _, v := range []any{Celsius(1), Fahr(2), 3.0, Status(4), 5, Path{1, 2}, []int{3}, get()} {
	fmt.Println(kind(v))
}
var a any = Fahr(2)
_, isC := a.(Celsius)
_, isF := a.(float64)
fmt.Println(isC, isF, a)
fmt.Printf("%v %T %T\n", []any{Celsius(1), Fahr(2)}, any(Status(1)), get())
b := any(Status(3))
fmt.Println(b == any(3), b == any(Status(3)), b == Status(3), any(Celsius(1)) == any(Fahr(1)))
m := map[any]int{}
m[Status(1)]++
m[1]++
m[Status(1)]++
fmt.Println(len(m), m[Status(1)], m[1])
ctx := context.WithValue(context.Background(), key("user"), Status(9))
s, ok := ctx.Value(key("user")).(Status)
fmt.Println(s, ok)
`
	want := `Celsius 1.0°C
Fahr 2.0°F
float64 3
Status 4
int 5
Path 2
[]int
Status 7
false false 2.0°F
[1.0°C 2.0°F] main.Status main.Status
false true true false
2 2 1
9 true
`
	got := cellsOutput(t, "import \"context\"", types, use, types, use)
	for _, i := range []int{2, 4} {
		if got[i] != want {
			t.Errorf("cell %d printed\n%s\nwant\n%s", i+1, got[i], want)
		}
	}
}

// A cell's final value that is (or holds) yaegi's interface value shows
// the plain value or its String, not yaegi's struct.
func TestFinalValueOfSessionTypesInAny(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Eval(context.Background(), "type Path []int\ntype C float64\nfunc (c C) String() string { return \"c!\" }"); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ code, want string }{
		{"var a any = Path{1, 2}\na", "[1 2]"},
		{"[]any{Path{3}, C(1), 2}", "[[3] c! 2]"},
		{"any(C(2))", "c!"},
	} {
		r, err := s.Eval(context.Background(), tc.code)
		if err != nil {
			t.Fatalf("%q: %v", tc.code, err)
		}
		if got := r.Bundle["text/plain"]; got != tc.want {
			t.Errorf("%q shows %q, want %q", tc.code, got, tc.want)
		}
	}
}

// An unrecovered panic with a value of a session type with Error or
// String says what Go says (panic: e2), and recover still returns the
// value itself.
func TestPanicMessageOfSessionValues(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Eval(context.Background(), `type E struct{ C int }
func (e E) Error() string { return fmt.Sprint("e", e.C) }
type S int
func (S) String() string { return "s!" }
func caught() (c int) {
	defer func() { c = recover().(E).C }()
	panic(E{7})
}`); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ code, want string }{
		{"panic(E{2})", "e2"},
		{"func() { panic(S(3)) }()", "s!"},
		{"panic(4)", "4"},
	} {
		_, err := s.Eval(context.Background(), tc.code)
		var e *Error
		if !errors.As(err, &e) || e.Name != "panic" || e.Message != tc.want {
			t.Errorf("%s: got %v, want panic %q", tc.code, err, tc.want)
		}
	}
	r, err := s.Eval(context.Background(), "caught()")
	if err != nil || r.Value != 7 {
		t.Errorf("recover().(E).C = %v, %v; want 7", r.Value, err)
	}
}

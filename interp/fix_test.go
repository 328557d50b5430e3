package interp

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// TestExitNotRecovered: os.Exit ends the evaluation even through a
// deferred recover, with its status.
func TestExitNotRecovered(t *testing.T) {
	s, out, _ := testSession(t)
	_, err := s.Eval(context.Background(), `func run() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
	}()
	os.Exit(4)
}
run()
fmt.Println("after")`)
	var e *Error
	if !errors.As(err, &e) || e.Name != "Exit" || e.ExitCode != 4 {
		t.Fatalf("err = %v, want os.Exit(4)", err)
	}
	if strings.Contains(out.String(), "recovered") || strings.Contains(out.String(), "after") {
		t.Errorf("output after os.Exit: %q", out.String())
	}
}

// TestNamedResultsAcrossCells: a function with named results returns their
// zero values on each call, also when its result goes to a variable of an
// earlier cell that holds a value.
func TestNamedResultsAcrossCells(t *testing.T) {
	s, out, _ := testSession(t)
	for _, cell := range []string{
		"func g() (r int) { r++; return }",
		"x := 5",
		"x = g()\nfmt.Println(x)",
	} {
		if _, err := s.Eval(context.Background(), cell); err != nil {
			t.Fatalf("%q: %v", cell, err)
		}
	}
	if got := out.String(); got != "1\n" {
		t.Errorf("output %q, want %q", got, "1\n")
	}
}

// TestFixesAcrossCells: the rewrites that look at the session's types
// (error chains, boxed errors, type switches on any) see the types of
// earlier cells.
func TestFixesAcrossCells(t *testing.T) {
	s, out, _ := testSession(t)
	cells := []string{
		`type DBError struct{ Op string; Err error }
func (e *DBError) Error() string { return "db " + e.Op }
func (e *DBError) Unwrap() error { return e.Err }
type VE struct{ Field, Msg string }
func (v VE) Error() string { return v.Field + ": " + v.Msg }
var ErrNF = errors.New("not found")`,
		`func find(k string) error {
	if k == "" {
		return VE{"key", "empty"}
	}
	return &DBError{"get", fmt.Errorf("find %q: %w", k, ErrNF)}
}`,
		`err := find("x")
var db *DBError
fmt.Println(errors.Is(err, ErrNF), errors.As(err, &db), db.Op)
var ve VE
e2 := find("")
fmt.Println(errors.As(e2, &ve), ve.Field, e2)
v, ok := e2.(VE)
fmt.Println(ok, v.Msg)`,
		`func kind(x any) string {
	switch y := x.(type) {
	case *DBError:
		return "db:" + y.Op
	case VE:
		return "ve:" + y.Field
	}
	return "other"
}
fmt.Println(kind(&DBError{Op: "put"}), kind(VE{Field: "f"}), kind(3))`,
	}
	for _, c := range cells {
		if _, err := s.Eval(context.Background(), c); err != nil {
			t.Fatalf("%s\n: %v", c, err)
		}
	}
	want := "true true get\ntrue key key: empty\ntrue empty\ndb:put ve:f other\n"
	if got := out.String(); got != want {
		t.Errorf("output\n%s\nwant\n%s", got, want)
	}
}

// TestPromotedThenDeclared: a method declared in a later cell on a type
// that embeds a compiled type with a method of that name fails with a
// message (the forwarding method the rewrite declared with the type would
// otherwise be used silently); declared with the type, it is used.
func TestPromotedThenDeclared(t *testing.T) {
	s, out, _ := testSession(t)
	if _, err := s.Eval(context.Background(), "type W struct{ *strings.Builder }"); err != nil {
		t.Fatal(err)
	}
	_, err := s.Eval(context.Background(), "func (w W) WriteString(s string) (int, error) { return w.Builder.WriteString(\"<\" + s + \">\") }")
	if err == nil || !strings.Contains(err.Error(), "W.WriteString is promoted from the embedded Builder") {
		t.Fatalf("err = %v, want the promoted-method message", err)
	}
	cell := `type V struct{ *strings.Builder }
func (v V) WriteString(s string) (int, error) { return v.Builder.WriteString("<" + s + ">") }
v := V{&strings.Builder{}}
v.WriteString("b")
var sw io.StringWriter = v
sw.WriteString("a")
fmt.Println(v.String(), v.Len())`
	if _, err := s.Eval(context.Background(), cell); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "<b><a> 6\n"; got != want {
		t.Errorf("output %q, want %q", got, want)
	}
}

package interp

import (
	"context"
	"errors"
	"testing"
)

// Multi-cell sessions: values, types and generics flowing between cells,
// and redefinitions.
func TestFix4NotebookSessions(t *testing.T) {
	for _, tc := range []struct {
		name  string
		cells []string
		want  string
	}{
		{"generic type across cells", []string{
			"type Stack[T any] struct{ items []T }\nfunc (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }\nfunc (s *Stack[T]) Len() int { return len(s.items) }",
			"var st Stack[string]\nst.Push(\"a\")\nst.Push(\"b\")",
			"st.Len()",
		}, "2"},
		{"generic func across cells", []string{
			"func Map[T, U any](xs []T, f func(T) U) []U { var out []U; for _, x := range xs { out = append(out, f(x)) }; return out }",
			"ys := Map([]int{1, 2}, func(i int) string { return strings.Repeat(\"x\", i) })",
			"fmt.Sprint(ys, len(ys))",
		}, "[x xx] 2"},
		{"redefined function with a new signature", []string{
			"func f() int { return 1 }\nx := f()",
			"func f(k int) string { return strconv.Itoa(k * 2) }",
			"f(x + 1)",
		}, "4"},
		{"redefined type with a new field", []string{
			"type P struct{ X int }",
			"type P struct{ X, Y int }\np := P{1, 2}",
			"p.X + p.Y",
		}, "3"},
		{"map of anonymous structs across cells", []string{
			"counts := map[string]struct{ n int }{}",
			"c := counts[\"x\"]\nc.n += 2\ncounts[\"x\"] = c",
			"counts[\"x\"].n",
		}, "2"},
		{"method value of a compiled type deferred at top level", []string{
			"var sb strings.Builder",
			"defer sb.WriteString(\"late\")\nsb.WriteString(\"early \")",
			"sb.String()",
		}, "early late"},
		{"nil pointer with String method", []string{
			"type N struct{}\nfunc (n *N) String() string { if n == nil { return \"nilN\" }; return \"N\" }",
			"var n *N",
			"fmt.Sprint(n, &N{})",
		}, "nilN N"},
		{"break out of a loop from a select case", []string{
			"c := make(chan int)\nd := make(chan int, 1)\nd <- 1\nk := 0",
			"loop:\nfor {\n\tselect {\n\tcase <-c:\n\t\tk++\n\tcase <-d:\n\t\tk += 10\n\t\tbreak loop\n\t}\n}",
			"k",
		}, "10"},
		{"%T of an error holding a session pointer type", []string{
			"type PE struct{ line int }\nfunc (e *PE) Error() string { return \"pe\" }",
			"var err error = &PE{3}",
			"fmt.Sprintf(\"%T %v\", err, err)",
		}, "*main.PE pe"},
		{"%T of errors of value and pointer receiver types", []string{
			"type VE struct{ a int }\nfunc (e VE) Error() string { return \"ve\" }\ntype PE2 struct{ b string }\nfunc (e *PE2) Error() string { return \"pe\" }",
			"func mk(p bool) error { if p { return &PE2{\"x\"} }; return VE{2} }",
			"fmt.Sprintf(\"%T %T\", mk(false), mk(true))",
		}, "main.VE *main.PE2"},
		{"%T of a replaced call's result", []string{
			"type OpErr struct{ Err error }\nfunc (e *OpErr) Error() string { return \"op\" }\nfunc (e *OpErr) Unwrap() error { return e.Err }",
			"w := fmt.Errorf(\"ctx: %w\", &OpErr{io.EOF})",
			"fmt.Sprintf(\"%T\", errors.Unwrap(w))",
		}, "*main.OpErr"},
		{"generic function instantiated again with a later cell's type", []string{
			"func Count[T comparable](xs []T, x T) int { n := 0; for _, v := range xs { if v == x { n++ } }; return n }",
			"a := Count([]int{1, 2, 1}, 1)",
			"type Pt struct{ X, Y int }",
			"b := Count([]Pt{{1, 2}, {1, 2}, {0, 0}}, Pt{1, 2})",
			"fmt.Sprint(a, b)",
		}, "2 2"},
		{"redefined type with a new method set", []string{
			"type Sh struct{ R float64 }\nfunc (s Sh) Area() float64 { return s.R }",
			"type Sh struct{ W, H float64 }\nfunc (s Sh) Area() float64 { return s.W * s.H }\nfunc (s Sh) String() string { return fmt.Sprintf(\"%gx%g\", s.W, s.H) }",
			"fmt.Sprint(Sh{2, 3}, \" \", Sh{2, 3}.Area())",
		}, "2x3 6"},
		{"method on a type from an earlier cell through an interface", []string{
			"type Animal interface{ Sound() string }\ntype Dog struct{}\nfunc (Dog) Sound() string { return \"woof\" }",
			"var zoo []Animal\nzoo = append(zoo, Dog{})",
			"type Cat struct{ n int }\nfunc (c *Cat) Sound() string { return strings.Repeat(\"meow\", c.n) }\nzoo = append(zoo, &Cat{2})",
			"var out []string\nfor _, a := range zoo { out = append(out, a.Sound()) }\nstrings.Join(out, \",\")",
		}, "woof,meowmeow"},
		{"closure over a value from an earlier cell", []string{
			"base := 5",
			"add := func(x int) int { return x + base }",
			"base = 100",
			"add(1)",
		}, "101"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, _, _ := testSession(t)
			r := cells(t, s, tc.cells...)
			if got := r.Bundle["text/plain"]; got != tc.want {
				t.Errorf("value = %q, want %q", got, tc.want)
			}
		})
	}
}

// os.Exit at the top level runs no deferred calls (Go runs none).
func TestFix4ExitSkipsTopDefers(t *testing.T) {
	s, out, _ := testSession(t)
	_, err := s.Eval(context.Background(), "fmt.Println(\"x\")\ndefer fmt.Println(\"deferred\")\nos.Exit(3)")
	var e *Error
	if !errors.As(err, &e) || e.ExitCode != 3 {
		t.Fatalf("err = %v, want exit status 3", err)
	}
	if got := out.String(); got != "x\n" {
		t.Errorf("stdout = %q, want %q", got, "x\n")
	}
}

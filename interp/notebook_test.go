package interp

import (
	"context"
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// cells runs code cell by cell, as a notebook would, failing on any error,
// and returns the last cell's result.
func cells(t *testing.T, s *Session, code ...string) Result {
	t.Helper()
	var r Result
	for _, c := range code {
		r = eval(t, s, c)
	}
	return r
}

func TestUnnamedParameters(t *testing.T) {
	for _, tc := range []struct {
		name  string
		cells []string
		want  string
	}{
		{"closure capturing a variable", []string{
			`func v1() bool { last := time.Now(); f := func(int) bool { now := time.Now(); ok := !now.Before(last); last = now; return ok }; return f(1) }`,
			`v1()`,
		}, "true"},
		{"closure at top level", []string{
			`n := 0
f := func(int, string) int { n++; return n }`,
			`f(1, "a") + f(2, "b")`,
		}, "3"},
		{"declared function", []string{
			`func g(int, ...string) string { s := "g"; h := func(bool) string { return s + "!" }; return h(true) }`,
			`g(1, "a", "b")`,
		}, "g!"},
		{"method", []string{
			`type T struct{ k int }
func (t T) m(float64) int { add := func(int) int { return t.k + 1 }; return add(0) }`,
			`T{k: 4}.m(1)`,
		}, "5"},
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

func TestVarInitFromEarlierVariables(t *testing.T) {
	for _, tc := range []struct {
		name  string
		cells []string
		want  string
	}{
		{"earlier cell", []string{`x := 1`, `var y any = x`, `y`}, "1"},
		{"same cell", []string{"x := 2\nvar y any = x\ny"}, "2"},
		{"inferred type", []string{`x := 3`, "var y = x * 2\ny"}, "6"},
		{"earlier var declaration", []string{`var x = "a"`, "var y = x + \"b\"\ny"}, "ab"},
		{"group with dependencies", []string{`x := 1`, "var (\n\ty = x * 10\n\tz = y + 1\n\tw int = 5\n)\nfmt.Sprint(y, z, w)"}, "10 11 5"},
		{"interface from earlier value", []string{`chars := tok.NewChar("abc", 0)`, "var tk tok.Tokenizer = chars\nfmt.Sprint(tk.Encode(\"cab\"))"}, "[2 0 1]"},
		{"used by a function of the cell", []string{`base := 40`, "var off = base\nfunc get() int { return off + 2 }\nget()"}, "42"},
		{"initialiser calling a function that reads one", []string{`k := 5`, "var k2 = k\nfunc getk() int { return k2 }\nvar k3 = getk()\nfmt.Sprint(k2, k3)"}, "5 5"},
		{"compiled package variable", []string{"var w = os.Stdout\nw == os.Stdout"}, "true"},
		{"named like a package", []string{`p := "x"`, "var path = p + \"y\"\npath"}, "xy"},
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

func TestRedeclareWithNewVariable(t *testing.T) {
	s, _, _ := testSession(t)
	path := strconv.Quote(filepath.Join(t.TempDir(), "tk.json"))
	r := cells(t, s,
		`bpe, err := tok.TrainBPE("the cat", tok.TrainOptions{VocabSize: 260}); bpe.Save(`+path+`)`,
		`l2, err := tok.Load(`+path+`); ok := slices.Equal(l2.Encode("a"), bpe.Encode("a"))`,
		`fmt.Sprint(ok, err, len(bpe.Encode("the")) > 0)`,
	)
	if got := r.Bundle["text/plain"]; got != "true <nil> true" {
		t.Errorf("tokenizer cells: %q, want %q", got, "true <nil> true")
	}

	// err redeclared with another type in a later cell, then used as both.
	s, _, _ = testSession(t)
	r = cells(t, s,
		`data, err := os.ReadFile("/nonexistent/gograd")`,
		`failed := err != nil`,
		`n, err := strconv.Atoi("3")`,
		`m, err := strconv.ParseBool("x")`,
		`fmt.Sprint(failed, len(data), n, m, err != nil)`,
	)
	if got := r.Bundle["text/plain"]; got != "true 0 3 false true" {
		t.Errorf("redeclared err: %q", got)
	}
	s, _, _ = testSession(t)
	r = cells(t, s, `x, err := 1, 2`, `y, err := "a", "b"`, `z, err := 3.5, true`, `fmt.Sprintf("%v %v %v %v", x, y, z, err)`)
	if got := r.Bundle["text/plain"]; got != "1 a 3.5 true" {
		t.Errorf("err of changing types: %q", got)
	}
}

func TestFinalCallWithSeveralResults(t *testing.T) {
	s, _, _ := testSession(t)
	for _, tc := range []struct {
		code    string
		text    string // value shown; "" for none
		errText string // the cell's error; "" for none
		line    int
	}{
		{`strconv.Atoi("3")`, "3", "", 0},
		{"a := 1\nstrconv.Atoi(\"x\" + fmt.Sprint(a))", "", `strconv.Atoi: parsing "x1": invalid syntax`, 2},
		{`strconv.ParseFloat("2.5", 64)`, "2.5", "", 0},
		{`func pair() (int, bool) { return 7, true }
pair()`, "[7 true]", "", 0},
		{`func three() (string, int, error) { return "a", 1, nil }
three()`, "[a 1]", "", 0},
		{`func three2() (string, int, error) { return "", 0, errors.New("three failed") }
three2()`, "", "three failed", 2},
		{`type P struct{ n int }
func (p *P) String() string { return "P" + strconv.Itoa(p.n) }
func mk(fail bool) (*P, error) { if fail { return nil, errors.New("no P") }; return &P{3}, nil }
mk(false)`, "P3", "", 0},
		{`mk(true)`, "", "no P", 1},
		{`fmt.Println("not a value")`, "", "", 0},
	} {
		r, err := s.Eval(context.Background(), tc.code)
		if tc.errText != "" {
			var e *Error
			if !errors.As(err, &e) {
				t.Errorf("%q: err = %v, want the error %q", tc.code, err, tc.errText)
				continue
			}
			if e.Name != "error" || e.Message != tc.errText || e.Line != tc.line || len(e.Traceback) == 0 {
				t.Errorf("%q: error %+v, want Name error, Message %q, Line %d", tc.code, e, tc.errText, tc.line)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tc.code, err)
			continue
		}
		got, _ := r.Bundle["text/plain"].(string)
		if r.HasValue != (tc.text != "") || got != tc.text {
			t.Errorf("%q: HasValue %v, text %q; want %q", tc.code, r.HasValue, got, tc.text)
		}
	}
}

func TestFinalInspectShowsSummary(t *testing.T) {
	s, _, _ := testSession(t)
	path := strconv.Quote(filepath.Join(t.TempDir(), "w.safetensors"))
	r := cells(t, s,
		`err := st.Save(`+path+`, map[string]*tensor.Tensor{"wte": tensor.Zeros(4, 3)}, nil)`,
		`st.Inspect(`+path+`)`,
	)
	text, _ := r.Bundle["text/plain"].(string)
	html, _ := r.Bundle["text/html"].(string)
	if !r.HasValue || !strings.Contains(text, "wte") || !strings.Contains(html, "wte") {
		t.Errorf("st.Inspect: HasValue %v, bundle %v", r.HasValue, r.Bundle)
	}
	e := evalErr(t, s, `st.Inspect("/nonexistent/x.safetensors")`)
	if e.Name != "error" || !strings.Contains(e.Message, "/nonexistent/x.safetensors") {
		t.Errorf("st.Inspect of a missing file: %+v", e)
	}
}

// The text/plain of a final value whose type holds session types with
// String methods (or unexported fields) is what fmt's %v prints in Go:
// compiled code sees such values without their methods.
func TestFinalValueOfSessionTypes(t *testing.T) {
	s, _, _ := testSession(t)
	cells(t, s, `type Color int
func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }
type person struct { name string; Fav Color; tags []Color }`)
	for _, tc := range []struct{ cell, want string }{
		{`[]Color{2, 1}`, "[blue green]"},
		{`person{"ann", 1, nil}`, "{ann green []}"},
		{`&person{"bob", 2, []Color{0}}`, "&{bob blue [0]}"}, // unexported: no String
		{`map[Color]int{2: 1, 0: 3}`, "map[red:3 blue:1]"},
		{`[2]Color{}`, "[red red]"},
		{`Color(1)`, "green"},
		{`[]int{1, 2}`, "[1 2]"},
		{"type Job struct{ ID int }\nfunc (j Job) String() string { return fmt.Sprint(\"job\", j.ID) }\nl := list.New()\nl.PushBack(Job{3})\nl.Front().Value", "job3"},
	} {
		r := eval(t, s, tc.cell)
		if got := r.Bundle["text/plain"]; got != tc.want {
			t.Errorf("%s: text/plain %q, want %q", tc.cell, got, tc.want)
		}
	}
}

// Names of preloaded packages the user never imported are free for the
// session's own declarations, as in a Go program without that import.
func TestDeclarationsShadowPreloadedPackages(t *testing.T) {
	s, out, _ := testSession(t)
	r := cells(t, s,
		`type Stack []int
func (s *Stack) Push(v int) { *s = append(*s, v) }
var st Stack
st.Push(4)`,
		`list := []string{"a", "b"}
type token struct{ text string }
func index(xs []string, x string) int { return slices.Index(xs, x) }
color := token{"red"}`,
		`fmt.Println(st, len(st), list, index(list, "b"), color.text)`,
		`heap := map[string]int{"x": 1}
heap["y"] = 2
len(heap) + len(st)`,
	)
	if got := r.Bundle["text/plain"]; got != "3" {
		t.Errorf("final value %q, want 3", got)
	}
	if got := out.String(); got != "[4] 1 [a b] 1 red\n" {
		t.Errorf("output %q", got)
	}
	// Completion and inspection see the session's names, not the packages.
	if c := s.Complete("st.P", 4); len(c.Matches) != 1 || c.Matches[0] != "Push" {
		t.Errorf("completion of st.P: %v, want [Push]", c.Matches)
	}
	if c := s.Complete("list.", 5); len(c.Matches) != 0 {
		t.Errorf("completion of list. (a []string): %v, want none", c.Matches)
	}
	if in, ok := s.Inspect("heap", 4); !ok || !strings.Contains(in.Signature, "map[string]int") {
		t.Errorf("inspect heap: %+v %v", in, ok)
	}
}

// The flag package works on the session's own command line: a cell that
// defines a flag can be re-run (and another session can define the same
// flag), and Parse reads the session's arguments, not the process's.
func TestFlagsPerSession(t *testing.T) {
	for range 2 {
		s, _, _ := testSession(t)
		r := cells(t, s,
			`n := flag.Int("n", 5, "count")`,
			`n := flag.Int("n", 6, "count")
flag.Parse()`,
			`fmt.Sprint(*n, flag.NArg(), flag.Parsed())`)
		if got := r.Bundle["text/plain"]; got != "6 0 true" {
			t.Errorf("got %q, want \"6 0 true\"", got)
		}
	}
}

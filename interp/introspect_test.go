package interp

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func TestIsComplete(t *testing.T) {
	for _, tc := range []struct{ code, status, indent string }{
		{"x := 1", "complete", ""},
		{"", "complete", ""},
		{"func f() {", "incomplete", "\t"},
		{"for i := range 3 {\n\tif i > 0 {", "incomplete", "\t\t"},
		{"s := `raw\nstring", "incomplete", ""},
		{"x := 1 +", "incomplete", "\t"},
		{"fmt.Println(1,", "incomplete", "\t"},
		{"/* open comment", "incomplete", ""},
		{"x := }", "invalid", ""},
		{"s := \"open", "invalid", ""},
		{"x := 1)", "invalid", ""},
		{"func f() { return }\nf()", "complete", ""},
	} {
		st, ind := isComplete(tc.code)
		if st != tc.status || ind != tc.indent {
			t.Errorf("IsComplete(%q) = %q, %q; want %q, %q", tc.code, st, ind, tc.status, tc.indent)
		}
	}
}

func TestComplete(t *testing.T) {
	s, _, _ := testSession(t)
	eval(t, s, `type Model struct {
	Layers int
	name   string
}

func (m *Model) Forward(x float64) float64 { return x }
func (m Model) Describe() string { return "m" }

var model = &Model{Layers: 2}
counter := 1
func compute() int { return 1 }`)
	for _, tc := range []struct {
		code       string
		cursor     int // -1: end
		want       []string
		wantType   string
		start, end int
	}{
		{"fmt.Print", -1, []string{"Print", "Printf", "Println"}, "func", 4, 9},
		{"strings.Has", -1, []string{"HasPrefix", "HasSuffix"}, "func", 8, 11},
		{"math.P", -1, []string{"Pi"}, "const", 5, 6},
		{"errors.AsT", -1, []string{"AsType"}, "func", 7, 10},
		{"reflect.TypeF", -1, []string{"TypeFor"}, "func", 8, 13},
		{"model.", -1, []string{"Describe", "Forward", "Layers", "name"}, "", 6, 6},
		{"model.La", -1, []string{"Layers"}, "field", 6, 8},
		{"coun", -1, []string{"counter"}, "var", 0, 4},
		{"buf := new(strings.Builder)\nbuf.Wr", -1, []string{"WriteString", "WriteByte"}, "method", 32, 34},
		{"func g() {\n\tt := tensor.Zeros(2)\n\tt.Sha", -1, []string{"Shape"}, "method", 36, 39},
		{"x := comp", -1, []string{"compute"}, "func", 5, 9},
		{"tensor.Ran", -1, []string{"Randn"}, "func", 7, 10},
		{"fmt.Println(strings.To", 22, []string{"ToLower", "ToTitle", "ToUpper", "ToValidUTF8"}, "func", 20, 22},
		// Cursor in runes: "é" is two bytes.
		{"s := \"é\"; strings.Rep", -1, []string{"Repeat", "Replace", "ReplaceAll"}, "func", 18, 21},
	} {
		cur := tc.cursor
		if cur < 0 {
			cur = len([]rune(tc.code))
		}
		c := s.Complete(tc.code, cur)
		for _, w := range tc.want {
			i := slices.Index(c.Matches, w)
			if i < 0 {
				t.Errorf("Complete(%q): %v lacks %q", tc.code, c.Matches, w)
				continue
			}
			if tc.wantType != "" && c.Types[i] != tc.wantType {
				t.Errorf("Complete(%q): %q has type %q, want %q", tc.code, w, c.Types[i], tc.wantType)
			}
		}
		if c.Start != tc.start || c.End != tc.end {
			t.Errorf("Complete(%q): range %d-%d, want %d-%d", tc.code, c.Start, c.End, tc.start, tc.end)
		}
	}
}

func TestInspect(t *testing.T) {
	s, _, _ := testSession(t)
	eval(t, s, `// scale multiplies x by the session's factor.
func scale(x float64) float64 { return 2 * x }
w := tensor.Zeros(2)`)
	for _, tc := range []struct {
		code, sig, doc string
	}{
		{"fmt.Println", "func Println(a ...any) (n int, err error)", "Println formats"},
		{"strings.Builder", "type Builder struct", "A Builder is used"},
		{"scale", "func scale(x float64) float64", "scale multiplies x"},
		{"len", "func len(v Type) int", "builtin"},
		{"w.Shape", "func (t *Tensor) Shape() []int", "Shape"},
		{"slices.Max", "func Max[S ~[]E, E cmp.Ordered](x S) E", "Max returns"},
		{"tensor.Randn", "func Randn(shape ...int) *Tensor", "Randn"},
	} {
		in, ok := s.Inspect(tc.code, len([]rune(tc.code)))
		if !ok {
			t.Errorf("Inspect(%q): nothing", tc.code)
			continue
		}
		if !strings.HasPrefix(in.Signature, tc.sig) || !strings.Contains(in.Doc, tc.doc) {
			t.Errorf("Inspect(%q) = %q / %.60q; want %q / %q", tc.code, in.Signature, in.Doc, tc.sig, tc.doc)
		}
	}
	if _, ok := s.Inspect("nosuchname", 3); ok {
		t.Errorf("Inspect found something for an unknown name")
	}
	// Cursor inside a call's parentheses inspects the function.
	if in, ok := s.Inspect("math.Sqrt(", 10); !ok || !strings.HasPrefix(in.Signature, "func Sqrt(x float64) float64") {
		t.Errorf("Inspect after '(': %+v %v", in, ok)
	}
}

// TestIntrospectionDuringEval calls Complete, Inspect, IsComplete and Vars
// while a cell runs, as a kernel serving completion requests may.
func TestIntrospectionDuringEval(t *testing.T) {
	s, _, _ := testSession(t)
	eval(t, s, "total := 0\nfunc work(n int) int { for i := range n { total += i }; return total }")
	done := make(chan bool)
	go func() {
		defer close(done)
		for range 20 {
			s.Eval(context.Background(), "work(20000)\nnewVar := total")
		}
	}()
	for i := 0; ; i++ {
		select {
		case <-done:
			if c := s.Complete("wor", 3); !slices.Contains(c.Matches, "work") {
				t.Errorf("Complete after evals: %v", c.Matches)
			}
			return
		default:
		}
		s.Complete("tot", 3)
		s.Complete("strings.", 8)
		s.Inspect("work", 2)
		s.IsComplete("for {")
		s.Vars()
	}
}

package repl

import (
	"strings"
	"testing"
)

func TestScanCompleteness(t *testing.T) {
	tests := []struct {
		code string
		want string
	}{
		{"x := 1", statusComplete},
		{"fmt.Println(1)", statusComplete},
		{"func f() {", statusIncomplete},
		{"func f() {\n\treturn\n}", statusComplete},
		{"fmt.Println(", statusIncomplete},
		{"fmt.Println(\n1,\n2)", statusComplete},
		{"s := `raw", statusIncomplete},
		{"s := `raw\nstring`", statusComplete},
		{"/* comment", statusIncomplete},
		{"x := 1 +", statusIncomplete},
		{"x :=", statusIncomplete},
		{"xs := []int{1, 2,", statusIncomplete},
		{"t.", statusIncomplete},
		{"}", statusInvalid},
		{"f())", statusInvalid},
		{`s := "unterminated`, statusInvalid},
		{"x++ // trailing comment", statusComplete},
		{"s := \"{\"", statusComplete},
		{"r := '('", statusComplete},
	}
	for _, tt := range tests {
		if got, _ := scanCompleteness(tt.code); got != tt.want {
			t.Errorf("scanCompleteness(%q) = %s, want %s", tt.code, got, tt.want)
		}
	}
}

// feed gives lines to an accumulator and returns the cells it produced
// and the input still pending.
func feed(a *accumulator, lines ...string) (cells []string, pending string) {
	for _, l := range lines {
		if c, ok := a.add(l); ok {
			cells = append(cells, c)
		}
	}
	return cells, a.text()
}

func TestAccumulator(t *testing.T) {
	lexical := func(code string) (string, string) { st, _ := scanCompleteness(code); return st, "" }
	unknown := func(string) (string, string) { return "unknown", "" }
	tests := []struct {
		name        string
		interactive bool
		isComplete  func(string) (string, string)
		lines       []string
		cells       []string
		pending     string
	}{
		{"one line", true, lexical, []string{"x := 1"}, []string{"x := 1"}, ""},
		{"blank lines alone do nothing", true, lexical, []string{"", "  ", ""}, nil, ""},
		{"closing brace finishes", true, lexical,
			[]string{"func add(a, b int) int {", "\treturn a + b", "}", "add(1, 2)"},
			[]string{"func add(a, b int) int {\n\treturn a + b\n}", "add(1, 2)"}, ""},
		{"pasted function keeps its empty lines", true, lexical,
			[]string{"func f() int {", "\tx := 1", "", "\treturn x", "}"},
			[]string{"func f() int {\n\tx := 1\n\n\treturn x\n}"}, ""},
		{"still open after one empty line", true, lexical,
			[]string{"func f() {", ""}, nil, "func f() {\n"},
		{"two empty lines force a cell out", true, lexical,
			[]string{"func f() {", "", ""}, []string{"func f() {"}, ""},
		{"empty line ends a dangling operator", true, lexical,
			[]string{"x := 1 +", ""}, []string{"x := 1 +"}, ""},
		{"operator continues", true, lexical,
			[]string{"x := 1 +", "2"}, []string{"x := 1 +\n2"}, ""},
		{"raw string spans lines", true, lexical,
			[]string{"s := `a", "", "b`"}, []string{"s := `a\n\nb`"}, ""},
		{"invalid is sent at once for the compiler's error", true, lexical,
			[]string{"}", "x"}, []string{"}", "x"}, ""},
		{"meta commands are one line", true, lexical,
			[]string{":vars", ":load a.gos"}, []string{":vars", ":load a.gos"}, ""},
		{"bad meta is passed on to report", true, lexical,
			[]string{":nope {"}, []string{":nope {"}, ""},
		{":time continues its statement", true, lexical,
			[]string{":time for i := 0; i < 3; i++ {", "\tx += i", "}"},
			[]string{":time for i := 0; i < 3; i++ {\n\tx += i\n}"}, ""},
		{"script: empty lines never end a cell", false, lexical,
			[]string{"func f() {", "", "", "}"}, []string{"func f() {\n\n\n}"}, ""},
		{"session answer is used", true, func(code string) (string, string) {
			if strings.HasSuffix(code, "\\") {
				return statusIncomplete, ""
			}
			return statusComplete, ""
		}, []string{"a \\", "b"}, []string{"a \\\nb"}, ""},
		{"session says invalid but a brace is open", true, func(string) (string, string) {
			return statusInvalid, ""
		}, []string{"func f() {", "}"}, []string{"func f() {\n}"}, ""},
		{"session says complete but a brace is open", true, func(string) (string, string) {
			return statusComplete, ""
		}, []string{"func f() {", "", "}"}, []string{"func f() {\n\n}"}, ""},
		{"session says complete for a dangling operator", true, func(string) (string, string) {
			return statusComplete, ""
		}, []string{"x := 1 +", "2"}, []string{"x := 1 +\n2"}, ""},
		{"session cannot answer: lexical fallback", true, unknown,
			[]string{"if true {", "}"}, []string{"if true {\n}"}, ""},
		{"windows line ends", false, lexical,
			[]string{"f(\r", "1)\r"}, []string{"f(\n1)"}, ""},
	}
	yes := func() bool { return true }
	no := func() bool { return false }
	typedTests := []struct {
		name  string
		typed func() bool
		lines []string
		cells []string
	}{
		{"typed empty line ends open braces", yes, []string{"func f() {", ""}, []string{"func f() {"}},
		{"pasted empty line does not", no, []string{"func f() {", "", "\treturn", "}"}, []string{"func f() {\n\n\treturn\n}"}},
		{"pasted: two empty lines still do", no, []string{"func f() {", "", ""}, []string{"func f() {"}},
		{"typed non-empty lines go on", yes, []string{"func f() {", "x := 1", "}"}, []string{"func f() {\nx := 1\n}"}},
	}
	for _, tt := range typedTests {
		t.Run(tt.name, func(t *testing.T) {
			a := &accumulator{interactive: true, isComplete: lexical, typed: tt.typed}
			cells, _ := feed(a, tt.lines...)
			if strings.Join(cells, "\x00") != strings.Join(tt.cells, "\x00") || len(cells) != len(tt.cells) {
				t.Errorf("cells = %q, want %q", cells, tt.cells)
			}
		})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &accumulator{interactive: tt.interactive, isComplete: tt.isComplete}
			cells, pending := feed(a, tt.lines...)
			if strings.Join(cells, "\x00") != strings.Join(tt.cells, "\x00") || len(cells) != len(tt.cells) {
				t.Errorf("cells = %q, want %q", cells, tt.cells)
			}
			if pending != tt.pending {
				t.Errorf("pending = %q, want %q", pending, tt.pending)
			}
		})
	}
}

func TestAccumulatorResetAndFlush(t *testing.T) {
	a := &accumulator{interactive: true}
	if _, ok := a.add("func f() {"); ok {
		t.Fatal("open brace produced a cell")
	}
	if !a.pending() {
		t.Fatal("nothing pending after an open brace")
	}
	a.reset()
	if a.pending() {
		t.Fatal("reset left input pending")
	}
	if c, ok := a.add("x := 2"); !ok || c != "x := 2" {
		t.Fatalf("after reset: %q %v", c, ok)
	}
	a.add("g(")
	if c, ok := a.flush(); !ok || c != "g(" {
		t.Fatalf("flush = %q %v", c, ok)
	}
	if _, ok := a.flush(); ok {
		t.Fatal("second flush produced a cell")
	}
}

package interp

import (
	"strings"
	"testing"
)

// A := at the top level of a cell may reuse names an earlier one defined
// (at least one new name on the left): go/types, which checks the cell's
// top-level variables as package-level ones, must not report them
// redeclared, which hid the cell's real error.
func TestTopLevelRedefineReuse(t *testing.T) {
	s, out, _ := testSession(t)
	e := evalErr(t, s, "func f() (int, bool) { return 1, true }\nfunc g() (string, bool) { return \"x\", false }\nw, ok := f()\nn, ok := g()\nfmt.Println(w, n, ok)\nundefinedThing()")
	if e.Name != "CompileError" || e.Line != 6 || !strings.Contains(e.Message, "undefined: undefinedThing") {
		t.Errorf("got %s %d:%d %q, want CompileError at line 6: undefined: undefinedThing", e.Name, e.Line, e.Col, e.Message)
	}
	out.buf.Reset()
	eval(t, s, "x, err := strconv.Atoi(\"12\")\ny, err := strconv.Atoi(\"zz\")\nz, err := strconv.Atoi(\"7\")\nfmt.Println(x, y, z, err)")
	eval(t, s, "q, err := strconv.Atoi(\"4\")\nfmt.Println(q+x, err)")
	if got, want := out.String(), "12 0 7 <nil>\n16 <nil>\n"; got != want {
		t.Errorf("output %q, want %q", got, want)
	}
	e = evalErr(t, s, "r, err := strconv.Atoi(\"5\")\nv, err := strconv.ParseBool(\"true\")\nfmt.Println(r, v, err)\nnope()")
	if e.Line != 4 || !strings.Contains(e.Message, "undefined: nope") {
		t.Errorf("got %s %d:%d %q, want line 4: undefined: nope", e.Name, e.Line, e.Col, e.Message)
	}
}

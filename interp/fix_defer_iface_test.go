package interp

import "testing"

// A declared function of an earlier cell deferred at the top level
// recovers the cell's panic when it calls recover itself; called by a
// deferred literal, its recover returns nil and the cell fails.
func TestTopLevelDeferDeclaredHandler(t *testing.T) {
	s, out, _ := testSession(t)
	eval(t, s, "func handle() { fmt.Println(\"r:\", recover()) }")
	eval(t, s, "defer handle()\nfmt.Println(\"a\")\npanic(\"boom\")")
	eval(t, s, "fmt.Println(\"next\")")
	e := evalErr(t, s, "defer func() { handle() }()\npanic(\"again\")")
	if e.Name != "panic" || e.Message != "again" {
		t.Errorf("got %s %q, want panic again", e.Name, e.Message)
	}
	if got, want := out.String(), "a\nr: boom\nnext\nr: <nil>\n"; got != want {
		t.Errorf("output %q, want %q", got, want)
	}
}

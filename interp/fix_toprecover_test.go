package interp

import "testing"

// A cell whose top-level deferred literal recovers its panic ends without
// error after the deferred calls ran once; the next cells run as usual.
func TestTopLevelDeferRecover(t *testing.T) {
	s, out, _ := testSession(t)
	eval(t, s, "defer func() { fmt.Println(\"r:\", recover()) }()\nfmt.Println(\"a\")\npanic(\"boom\")\nfmt.Println(\"not reached\")")
	eval(t, s, "fmt.Println(\"next\")")
	eval(t, s, "defer func() { fmt.Println(\"r:\", recover()) }()\nfmt.Println(\"b\")")
	if got, want := out.String(), "a\nr: boom\nnext\nb\nr: <nil>\n"; got != want {
		t.Errorf("output %q, want %q", got, want)
	}
	// Not recovered: the cell fails with the panic.
	e := evalErr(t, s, "defer func() { fmt.Println(\"d\") }()\npanic(\"again\")")
	if e.Name != "panic" || e.Message != "again" {
		t.Errorf("got %s %q, want panic again", e.Name, e.Message)
	}
}

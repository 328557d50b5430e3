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

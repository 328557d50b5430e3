package interp

import (
	"context"
	"strings"
	"testing"
)

// A nil func value deferred in a goroutine panicked in yaegi's own
// deferred runner, past every recover, and ended the process; the session
// now reports it as the goroutine's panic and lives on. Deferred func
// values held in fields run once, without hanging, and see the values of
// the defer statement.
func TestDeferredFuncValues(t *testing.T) {
	s, out, _ := testSession(t)
	_, err := s.Eval(context.Background(), `var wg sync.WaitGroup
wg.Add(1)
go func() {
	defer wg.Done()
	var f func()
	defer f()
}()
time.Sleep(100 * time.Millisecond)`)
	if err == nil || !strings.Contains(err.Error(), "nil pointer dereference") {
		t.Fatalf("goroutine panic: got error %v, want the nil dereference reported", err)
	}
	before := len(out.String())
	if _, err := s.Eval(context.Background(), `func run() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	var h func(int)
	defer h(1)
	return nil
}
type S struct{ cb func(string) }
func() {
	s := S{cb: func(m string) { fmt.Println("cb", m) }}
	x := "at defer"
	defer s.cb(x)
	x = "later"
}()
fmt.Println(run())`); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String()[before:], "cb at defer\nrecovered: runtime error: invalid memory address or nil pointer dereference\n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}

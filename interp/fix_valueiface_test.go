package interp

import "testing"

// Values of session types with methods inside containers of any reach
// fmt and json as their methods and plain values make them, not as
// yaegi's internal wrapper; the dispatcher is the session's latest, so a
// function declared before a type prints values of it.
func TestValueIfacesInContainers(t *testing.T) {
	got := cellsOutput(t,
		`func show(xs []any) { fmt.Println(xs) }
func kind(v any) string { return fmt.Sprintf("%T", v) }`,
		`type C float64
func (c C) String() string { return fmt.Sprintf("%.1fC", float64(c)) }
type P struct{ X int }
func (p P) Area() int { return p.X * p.X }`,
		`show([]any{C(1), 2.0, P{3}})
fmt.Println(kind(C(2)), kind(2.0))
b, _ := json.Marshal(map[string]any{"c": C(4), "p": P{5}})
fmt.Println(string(b))
var s any = 2.5
_, ok := s.(fmt.Stringer)
fmt.Println(ok)`,
	)
	want := []string{"", "", "[1.0C 2 {3}]\nmain.C float64\n{\"c\":4,\"p\":{\"X\":5}}\nfalse\n"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("cell %d printed %q, want %q", i+1, got[i], want[i])
		}
	}
}

package interp

import "testing"

// Struct types with the same fields, declared in one cell or in two, stay
// apart in an any; literals of their fields stay assignable to the first.
func TestStructTypesWithSameFields(t *testing.T) {
	got := cellsOutput(t,
		`type A struct{ X int }`,
		`type B struct{ X int }
type C struct{ X int }
func kind(v any) string {
	switch v.(type) {
	case A:
		return "A"
	case B:
		return "B"
	case C:
		return "C"
	case *B:
		return "*B"
	}
	return "?"
}
fmt.Println(kind(A{1}), kind(B{1}), kind(C{1}), kind(&B{}), kind(&A{}))
var a A = struct{ X int }{5}
fmt.Println(a, B(a), kind(B(a)))
_, isA := any(C{}).(A)
fmt.Println(isA)`,
	)
	if want := "A B C *B ?\n{5} {5} B\nfalse\n"; got[1] != want {
		t.Errorf("printed %q, want %q", got[1], want)
	}
}

package interp

import "testing"

// Newer Go across cells: a generic alias declared in one cell and
// instantiated in later ones (also inside a generic function), new(expr)
// in a function of an earlier cell, errors.AsType of an error type of an
// earlier cell.
func TestGo126AcrossCells(t *testing.T) {
	got := cellsOutput(t,
		`type Set[T comparable] = map[T]struct{}
type E struct{ C int }
func (e *E) Error() string { return "e" }
func boxed(n int) *int { return new(n + 1) }`,
		`func add[T comparable](s Set[T], v T) Set[T] { s[v] = struct{}{}; return s }
s := add(Set[int]{}, 4)
fmt.Println(len(s), *boxed(1))`,
		`e, ok := errors.AsType[*E](fmt.Errorf("w: %w", &E{5}))
fmt.Println(e.C, ok, reflect.TypeFor[Set[string]]())`,
	)
	want := []string{"", "1 2\n", "5 true map[string]struct {}\n"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("cell %d printed %q, want %q", i+1, got[i], want[i])
		}
	}
}

// atomic.Pointer in several cells: the stand-in type is declared once,
// by the first cell that needs it, and later cells (and functions of
// earlier ones) keep using it.
func TestAtomicPointerAcrossCells(t *testing.T) {
	got := cellsOutput(t,
		`var p atomic.Pointer[string]
s := "a"
p.Store(&s)
func get() string { return *p.Load() }`,
		`var q atomic.Pointer[[]int]
xs := []int{1, 2}
fmt.Println(q.CompareAndSwap(nil, &xs), len(*q.Load()), get())`,
		`t := "b"
old := p.Swap(&t)
fmt.Println(*old, get())`,
	)
	want := []string{"", "true 2 a\n", "a b\n"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("cell %d printed %q, want %q", i+1, got[i], want[i])
		}
	}
}

package tensor

import (
	"fmt"
	"testing"
)

// TestBroadcastRowsMatchReference checks Add and Mul against an
// element-by-element reference where b repeats across short rows: the path
// that merges adjacent rows into one SIMD call over copies of b's row.
// The cases cover b changing between row groups, rows of a that are not
// adjacent (a column slice), rows longer than the merge block, and Add
// with the broadcast operand first.
func TestBroadcastRowsMatchReference(t *testing.T) {
	sliced := Randn(40, 300).Slice(1, 3, 260) // (40, 257), rows 300 apart
	cases := []struct {
		name string
		a, b *Tensor
	}{
		{"row vector", Randn(64, 300), Randn(300)},
		{"one row", Randn(1, 20), Randn(20)},
		{"many short rows", Randn(5000, 3), Randn(3)},
		{"b changes per group", Randn(3, 4, 5), Randn(3, 1, 5)},
		{"b changes every row", Randn(7, 2, 9), Randn(7, 1, 9)},
		{"a column slice", sliced, Randn(257)},
		{"long rows", Randn(6, 5000), Randn(5000)},
		{"2048 rows of 17", Randn(2, 2048, 17), Randn(1, 1, 17)},
		{"expanded b", Randn(33, 64), Randn(64).Unsqueeze(0).Expand(33, 64)},
	}
	for _, c := range cases {
		for _, op := range []string{"Add", "Mul", "AddSwapped"} {
			t.Run(fmt.Sprintf("%s/%s", c.name, op), func(t *testing.T) {
				var got *Tensor
				switch op {
				case "Add":
					got = c.a.Add(c.b)
				case "Mul":
					got = c.a.Mul(c.b)
				default:
					got = c.b.Add(c.a)
				}
				shape := got.Shape()
				if len(shape) != len(c.a.Shape()) {
					t.Fatalf("shape %v, want %v", shape, c.a.Shape())
				}
				bs := c.b.Shape()
				idx := make([]int, len(shape))
				bidx := make([]int, len(bs))
				for i := 0; i < got.Numel(); i++ {
					rem := i
					for d := len(shape) - 1; d >= 0; d-- {
						idx[d] = rem % shape[d]
						rem /= shape[d]
					}
					for d := range bs {
						j := idx[len(shape)-len(bs)+d]
						if bs[d] == 1 {
							j = 0
						}
						bidx[d] = j
					}
					x, y := c.a.At(idx...), c.b.At(bidx...)
					want := x + y
					if op == "Mul" {
						want = x * y
					}
					if g := got.At(idx...); g != want {
						t.Fatalf("at %v: got %v, want %v", idx, g, want)
					}
				}
			})
		}
	}
}

//go:build openblas && cgo

package openblas

import (
	"math/rand/v2"
	"testing"

	"github.com/gograd/gograd/accel"
)

func TestOpenBLASBackend(t *testing.T) {
	be, err := accel.Lookup("openblas")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("OpenBLAS core: %s", Core())
	r := rand.New(rand.NewPCG(1, 3))
	type gemmCase struct {
		transA, transB bool
		m, n, k        int
		alpha, beta    float32
	}
	var cases []gemmCase
	for _, s := range [][3]int{{1, 1, 1}, {1, 50, 7}, {9, 1, 3}, {13, 33, 9}, {61, 67, 389}, {130, 70, 800}, {4, 5, 0}} {
		for _, tr := range [][2]bool{{false, false}, {true, false}, {false, true}, {true, true}} {
			cases = append(cases, gemmCase{tr[0], tr[1], s[0], s[1], s[2], 0.5, 2}, gemmCase{tr[0], tr[1], s[0], s[1], s[2], 1, 0})
		}
	}
	randSlice := func(n int) []float32 {
		s := make([]float32, n)
		for i := range s {
			s[i] = float32(r.Float64()*2 - 1)
		}
		return s
	}
	for _, tc := range cases {
		ar, ac := tc.m, tc.k
		if tc.transA {
			ar, ac = tc.k, tc.m
		}
		br, bc := tc.k, tc.n
		if tc.transB {
			br, bc = tc.n, tc.k
		}
		a, b := randSlice(max(ar*ac, 1)), randSlice(max(br*bc, 1))
		c1, c2 := randSlice(max(tc.m*tc.n, 1)), make([]float32, max(tc.m*tc.n, 1))
		copy(c2, c1)
		if err := be.Sgemm(tc.transA, tc.transB, tc.m, tc.n, tc.k, tc.alpha, a, max(ac, 1), b, max(bc, 1), tc.beta, c1, max(tc.n, 1)); err != nil {
			t.Fatal(err)
		}
		accel.Sgemm(tc.transA, tc.transB, tc.m, tc.n, tc.k, tc.alpha, a, max(ac, 1), b, max(bc, 1), tc.beta, c2, max(tc.n, 1))
		for i := range c1 {
			if d := c1[i] - c2[i]; d > 1e-3 || d < -1e-3 {
				t.Fatalf("%+v: C[%d] openblas %v, gograd %v", tc, i, c1[i], c2[i])
			}
		}
	}
}

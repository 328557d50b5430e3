package accel

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

type gemmCase struct {
	transA, transB bool
	m, n, k        int
	padA, padB     int // extra leading-dimension padding
	padC           int
	alpha, beta    float32
}

func gemmCases() []gemmCase {
	var cs []gemmCase
	shapes := [][3]int{
		{1, 1, 1}, {1, 7, 5}, {7, 1, 5}, {1, 300, 77}, {300, 1, 77}, {1, 50, 0},
		{2, 3, 4}, {5, 5, 5}, {12, 32, 8}, {13, 33, 9}, {11, 31, 385},
		{24, 64, 384}, {37, 41, 43}, {61, 67, 389}, {97, 101, 103},
		{130, 70, 800}, {4, 1000, 3}, {200, 530, 30}, {65, 480, 17}, {3, 17, 2000},
		{2400, 40, 21}, {1, 1003, 37}, {259, 1, 20}, {0, 4, 4}, {4, 0, 4},
	}
	for i, s := range shapes {
		for _, tr := range [][2]bool{{false, false}, {true, false}, {false, true}, {true, true}} {
			ab := [][2]float32{{1, 0}, {0.5, 2}, {-1.5, 1}, {1, -0.25}, {0, 0.5}}[(i+boolInt(tr[0])+2*boolInt(tr[1]))%5]
			cs = append(cs, gemmCase{tr[0], tr[1], s[0], s[1], s[2], i % 3, (i + 1) % 4, i % 2, ab[0], ab[1]})
		}
	}
	return cs
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func randSlice(r *rand.Rand, n int) []float32 {
	s := make([]float32, n)
	for i := range s {
		s[i] = float32(r.Float64()*2 - 1)
	}
	return s
}

// refGemm is the float64 reference: C = alpha·op(A)·op(B) + beta·C, with
// beta = 0 ignoring C.
func refGemm(tc gemmCase, a []float32, lda int, b []float32, ldb int, c []float32, ldc int) []float64 {
	out := make([]float64, len(c))
	for i := range c {
		out[i] = float64(c[i])
	}
	for i := 0; i < tc.m; i++ {
		for j := 0; j < tc.n; j++ {
			var s float64
			for p := 0; p < tc.k; p++ {
				var av, bv float32
				if tc.transA {
					av = a[p*lda+i]
				} else {
					av = a[i*lda+p]
				}
				if tc.transB {
					bv = b[j*ldb+p]
				} else {
					bv = b[p*ldb+j]
				}
				s += float64(av) * float64(bv)
			}
			v := float64(tc.alpha) * s
			if tc.beta != 0 {
				v += float64(tc.beta) * float64(c[i*ldc+j])
			}
			out[i*ldc+j] = v
		}
	}
	return out
}

func runGemmCase(t *testing.T, kern *gemmKernel, nt int, tc gemmCase, r *rand.Rand) {
	ar, ac := tc.m, tc.k
	if tc.transA {
		ar, ac = tc.k, tc.m
	}
	br, bc := tc.k, tc.n
	if tc.transB {
		br, bc = tc.n, tc.k
	}
	lda, ldb, ldc := ac+tc.padA, bc+tc.padB, tc.n+tc.padC
	a := randSlice(r, max(ar*lda, 1))
	b := randSlice(r, max(br*ldb, 1))
	c := randSlice(r, max(tc.m*ldc, 1))
	if tc.beta == 0 {
		for i := range c {
			c[i] = float32(math.NaN())
		}
	}
	want := refGemm(tc, a, lda, b, ldb, c, ldc)
	sgemm(kern, nt, tc.transA, tc.transB, tc.m, tc.n, tc.k, tc.alpha, a, lda, b, ldb, tc.beta, c, ldc)
	tol := 1e-5 * float64(tc.k+4)
	for i := 0; i < tc.m; i++ {
		for j := 0; j < ldc; j++ {
			got, w := float64(c[i*ldc+j]), want[i*ldc+j]
			if j >= tc.n {
				// Padding past n must be untouched.
				if tc.beta == 0 {
					if !math.IsNaN(got) {
						t.Fatalf("C[%d,%d] (padding) changed to %v", i, j, got)
					}
				} else if got != w {
					t.Fatalf("C[%d,%d] (padding) changed to %v, was %v", i, j, got, w)
				}
				continue
			}
			if math.IsNaN(got) || math.Abs(got-w) > tol*(1+math.Abs(w)) {
				t.Fatalf("C[%d,%d] = %v, want %v (tol %g)", i, j, got, w, tol)
			}
		}
	}
}

func TestSgemmKernels(t *testing.T) {
	saved := vecISA
	defer func() { vecISA = saved }()
	for _, kern := range gemmKernels() {
		// The vector kernels of the same instruction set (the m = 1 and
		// n = 1 paths use them).
		for _, isa := range vecISAs() {
			if strings.HasPrefix(kern.name, isaNames[isa]) {
				vecISA = isa
			}
		}
		for _, nt := range []int{1, 3} {
			t.Run(fmt.Sprintf("%s/threads=%d", kern.name, nt), func(t *testing.T) {
				r := rand.New(rand.NewPCG(1, 2))
				for _, tc := range gemmCases() {
					ok := t.Run(fmt.Sprintf("tA=%v,tB=%v,%dx%dx%d,a=%g,b=%g", tc.transA, tc.transB, tc.m, tc.n, tc.k, tc.alpha, tc.beta), func(t *testing.T) {
						runGemmCase(t, kern, nt, tc, r)
					})
					if !ok {
						return
					}
				}
			})
		}
	}
}

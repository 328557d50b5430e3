package accel

import (
	"math"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
)

func TestSgemmStridedBatched(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	for _, tc := range []struct {
		name                   string
		transA, transB         bool
		m, n, k, batch         int
		broadcastA, broadcastB bool
	}{
		{"plain", false, false, 13, 35, 17, 5, false, false},
		{"transB attention scores", false, true, 64, 64, 16, 7, false, false},
		{"broadcast A", true, false, 9, 40, 30, 3, true, false},
		{"broadcast B (weights)", false, false, 30, 33, 20, 6, false, true},
		{"big batch of big products", false, true, 100, 120, 64, 3, false, false},
		{"one", false, false, 3, 3, 3, 1, false, false},
		{"gemv items", false, false, 1, 300, 200, 4, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ar, ac := tc.m, tc.k
			if tc.transA {
				ar, ac = tc.k, tc.m
			}
			br, bc := tc.k, tc.n
			if tc.transB {
				br, bc = tc.n, tc.k
			}
			sa, sb, scc := ar*ac+3, br*bc+5, tc.m*tc.n+1
			if tc.broadcastA {
				sa = 0
			}
			if tc.broadcastB {
				sb = 0
			}
			a := randSlice(r, sa*(tc.batch-1)+ar*ac)
			b := randSlice(r, sb*(tc.batch-1)+br*bc)
			c := randSlice(r, scc*(tc.batch-1)+tc.m*tc.n)
			want := make([]float64, len(c))
			for i := 0; i < tc.batch; i++ {
				g := gemmCase{transA: tc.transA, transB: tc.transB, m: tc.m, n: tc.n, k: tc.k, alpha: 0.5, beta: -1}
				ref := refGemm(g, a[i*sa:], ac, b[i*sb:], bc, c[i*scc:i*scc+tc.m*tc.n], tc.n)
				copy(want[i*scc:], ref)
			}
			SgemmStridedBatched(tc.transA, tc.transB, tc.m, tc.n, tc.k, 0.5, a, ac, sa, b, bc, sb, -1, c, tc.n, scc, tc.batch)
			for i := 0; i < tc.batch; i++ {
				for j := 0; j < tc.m*tc.n; j++ {
					got, w := float64(c[i*scc+j]), want[i*scc+j]
					if math.Abs(got-w) > 1e-4*(1+math.Abs(w)) {
						t.Fatalf("batch %d C[%d] = %v, want %v", i, j, got, w)
					}
				}
			}
		})
	}
}

func TestSgemmBadArguments(t *testing.T) {
	a := make([]float32, 6)
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"short A", CheckSgemm(false, false, 3, 2, 3, a, 3, a, 2, a, 2), "A (3×3, ld 3) needs 9"},
		{"small lda", CheckSgemm(false, false, 2, 2, 3, a, 2, a, 2, a, 2), "leading dimension of A is 2"},
		{"negative", CheckSgemm(false, false, -1, 2, 3, a, 3, a, 2, a, 2), "negative size"},
		{"short C", CheckSgemm(true, true, 2, 3, 1, a, 2, a, 1, a[:5], 3), "C (2×3, ld 3) needs 6"},
		{"strideC 0", CheckSgemmStridedBatched(false, false, 1, 1, 1, a, 1, 1, a, 1, 1, a, 1, 0, 2), "strideC is 0"},
		{"last item short", CheckSgemmStridedBatched(false, false, 2, 1, 1, a, 1, 3, a, 1, 1, a, 1, 2, 3), "batch item 2"},
		{"overlapping C", CheckSgemmStridedBatched(false, false, 2, 2, 1, a, 1, 2, a, 2, 2, a, 2, 3, 2), "overwrite each other"},
	} {
		if tc.err == nil || !strings.Contains(tc.err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want it to mention %q", tc.name, tc.err, tc.want)
		}
	}
	defer func() {
		if e := recover(); e == nil || !strings.Contains(e.(error).Error(), "A") {
			t.Fatalf("Sgemm with short A: panic %v", e)
		}
	}()
	Sgemm(false, false, 3, 2, 3, 1, a, 3, a, 2, 0, a, 2)
}

// TestPoolNested calls Sgemm from many goroutines at once (as parallel
// training code would): every call must finish, correct, and without
// starting a goroutine per call.
func TestPoolNested(t *testing.T) {
	prev := SetThreads(4)
	defer SetThreads(prev)
	if Threads() != 4 {
		t.Fatalf("Threads() = %d after SetThreads(4)", Threads())
	}
	const m, n, k = 96, 130, 70
	r := rand.New(rand.NewPCG(31, 32))
	a, b := randSlice(r, m*k), randSlice(r, k*n)
	want := make([]float32, m*n)
	Sgemm(false, false, m, n, k, 1, a, k, b, n, 0, want, n)
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := make([]float32, m*n)
			for it := 0; it < 5; it++ {
				Sgemm(false, false, m, n, k, 1, a, k, b, n, 0, c, n)
				for i := range c {
					if c[i] != want[i] {
						errs <- "concurrent Sgemm result differs"
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
	poolMu.Lock()
	size := poolSize
	poolMu.Unlock()
	if size > maxThreads || size > 16 {
		t.Fatalf("pool grew to %d workers", size)
	}
	SetThreads(0)
	if Threads() < 1 {
		t.Fatalf("SetThreads(0) left %d threads", Threads())
	}
}

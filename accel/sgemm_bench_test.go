package accel

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

func benchGemm(b *testing.B, kern *gemmKernel, threads, m, n, k int, transB bool) {
	r := rand.New(rand.NewPCG(3, 4))
	a, bb, c := randSlice(r, m*k), randSlice(r, k*n), make([]float32, m*n)
	ldb := n
	if transB {
		ldb = k
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sgemm(kern, threads, false, transB, m, n, k, 1, a, k, bb, ldb, 0, c, n)
	}
	b.ReportMetric(2*float64(m)*float64(n)*float64(k)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
}

// BenchmarkSgemm measures every micro-kernel on square and GPT-2 shapes,
// on one thread and on all of them.
func BenchmarkSgemm(b *testing.B) {
	shapes := [][3]int{{256, 256, 256}, {512, 512, 512}, {1024, 1024, 1024}, {2048, 2048, 2048},
		{256, 2304, 768}, {256, 3072, 768}, {256, 768, 3072}, {256, 50257, 768}}
	for _, kern := range gemmKernels() {
		for _, s := range shapes {
			if kern == goKernel && s[0]*s[1]*s[2] > 1<<28 {
				continue
			}
			for _, nt := range []int{1, Threads()} {
				b.Run(fmt.Sprintf("%s/m=%d,n=%d,k=%d/threads=%d", kern.name, s[0], s[1], s[2], nt), func(b *testing.B) {
					benchGemm(b, kern, nt, s[0], s[1], s[2], false)
				})
			}
		}
	}
}

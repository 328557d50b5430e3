package accel

import "testing"

func BenchmarkMicroKernel(b *testing.B) {
	for _, kern := range gemmKernels() {
		b.Run(kern.name, func(b *testing.B) {
			kc := 384
			a := make([]float32, kern.mr*kc)
			bb := make([]float32, kern.nr*kc)
			c := make([]float32, kern.mr*kern.nr)
			for i := 0; i < b.N; i++ {
				kern.fn(kc, &a[0], &bb[0], &c[0], kern.nr, 0)
			}
			b.ReportMetric(2*float64(kern.mr*kern.nr*kc)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
		})
	}
}

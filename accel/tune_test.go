//go:build linux

package accel

import (
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"syscall"
	"testing"
)

// The tuning runs below measure GFLOP/s per CPU-second of the calling
// thread (getrusage), which stays meaningful on a machine shared with
// other jobs. They take seconds: run with GOGRAD_TUNE=1.

func threadCPU() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(1 /* RUSAGE_THREAD */, &ru)
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

func TestTune(t *testing.T) {
	if os.Getenv("GOGRAD_TUNE") == "" || !hasAVX512 {
		t.Skip("set GOGRAD_TUNE=1 to compare blocking sizes")
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	base := *gemmKernels()[0]
	cfgs := [][2]int{{384, 480}, {256, 480}, {512, 240}, {384, 240}, {256, 960}, {384, 960}, {192, 1920}, {384, 2400}}
	shapes := [][3]int{{1024, 1024, 1024}, {256, 2304, 768}, {256, 768, 3072}}
	r := rand.New(rand.NewPCG(1, 1))
	best := map[string]float64{}
	for round := 0; round < 5; round++ {
		for _, s := range shapes {
			m, n, k := s[0], s[1], s[2]
			a, b, c := randSlice(r, m*k), randSlice(r, k*n), make([]float32, m*n)
			for _, cf := range cfgs {
				kern := base
				kern.kc, kern.nc = cf[0], cf[1]
				t0 := threadCPU()
				for i := 0; i < 3; i++ {
					sgemm(&kern, 1, false, false, m, n, k, 1, a, k, b, n, 0, c, n)
				}
				g := 3 * 2 * float64(m*n*k) / (threadCPU() - t0) / 1e9
				key := fmt.Sprintf("%v kc=%d nc=%d", s, cf[0], cf[1])
				if g > best[key] {
					best[key] = g
				}
			}
		}
	}
	for _, s := range shapes {
		for _, cf := range cfgs {
			key := fmt.Sprintf("%v kc=%d nc=%d", s, cf[0], cf[1])
			t.Logf("%s: %.1f", key, best[key])
		}
	}
}

func TestTuneKernel(t *testing.T) {
	if os.Getenv("GOGRAD_TUNE") == "" {
		t.Skip("set GOGRAD_TUNE=1 to measure the micro-kernels")
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	for _, kern := range gemmKernels() {
		kc := 384
		a := make([]float32, kern.mr*kc)
		bb := make([]float32, kern.nr*kc)
		c := make([]float32, kern.mr*kern.nr)
		best := 0.0
		for r := 0; r < 5; r++ {
			t0 := threadCPU()
			for i := 0; i < 20000; i++ {
				kern.fn(kc, &a[0], &bb[0], &c[0], kern.nr, 0)
			}
			g := 20000 * 2 * float64(kern.mr*kern.nr*kc) / (threadCPU() - t0) / 1e9
			best = max(best, g)
		}
		t.Logf("%s: %.1f GFLOP/s per CPU-second", kern.name, best)
	}
}

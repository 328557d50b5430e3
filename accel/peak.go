package accel

import (
	"runtime"
	"time"
)

// PeakGFLOPS measures this machine's float32 FMA throughput on one core,
// in GFLOP/s, with a register-only loop of the widest vector FMA the CPU
// has (AVX-512 or AVX2), for about d. It is the ceiling a GEMM kernel can
// approach, as measured rather than as the data sheet says (a VM or a
// shared core gives less). It returns 0 where no assembly loop exists
// (other architectures, the noasm build).
func PeakGFLOPS(d time.Duration) float64 {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if fmaLoop(1000) == 0 {
		return 0
	}
	best := 0.0
	n := 1 << 20
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		t := time.Now()
		flops := fmaLoop(n)
		s := time.Since(t).Seconds()
		if s < 2e-3 {
			n *= 4 // too short to time well
			continue
		}
		best = max(best, flops/s/1e9)
	}
	return best
}

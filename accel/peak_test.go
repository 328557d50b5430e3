package accel

import (
	"testing"
	"time"
)

// TestPeakGFLOPS checks that the FMA loop runs and gives a plausible,
// positive figure where it exists, and 0 where it does not.
func TestPeakGFLOPS(t *testing.T) {
	p := PeakGFLOPS(50 * time.Millisecond)
	if !hasAVX512 && !hasAVX2 {
		if p != 0 {
			t.Fatalf("PeakGFLOPS = %v without an FMA loop, want 0", p)
		}
		return
	}
	// One core does at least one 8-wide FMA per few cycles at ≥1 GHz, and
	// no core does more than a few hundred GFLOP/s.
	if p < 1 || p > 2000 {
		t.Fatalf("PeakGFLOPS = %.1f, not a plausible single-core figure", p)
	}
	t.Logf("FMA peak, one core: %.1f GFLOP/s", p)
}

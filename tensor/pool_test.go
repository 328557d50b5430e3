package tensor

import (
	"runtime"
	"testing"
)

// Buffers are reused only once nothing refers to them: a slice obtained
// from Data, or a view, keeps its buffer out of the pool.
func TestPoolNeverRecyclesLiveBuffers(t *testing.T) {
	const n = 1 << 16
	x := Arange(0, n, 1)
	held := x.AddScalar(1).Data()          // tensor dropped, slice kept
	view := x.MulScalar(2).Narrow(0, 5, 3) // only a small view kept
	for round := 0; round < 5; round++ {
		runtime.GC()
		runtime.GC() // finalizers run, buffers return to the pool
		for k := 0; k < 8; k++ {
			y := Full(-7, n).AddScalar(0) // reuses pooled buffers of size n
			if y.At(n-1) != -7 {
				t.Fatal("pooled buffer not overwritten")
			}
		}
	}
	for i, v := range held {
		if v != float32(i+1) {
			t.Fatalf("held Data slice changed at %d: %v", i, v)
		}
	}
	if view.At(0) != 10 || view.At(2) != 14 {
		t.Fatalf("view changed: %v", view)
	}
	// and dropped buffers do get reused
	pool.Lock()
	pooled := pool.bytes
	pool.Unlock()
	_ = Zeros(n).AddScalar(1)
	runtime.GC()
	runtime.GC()
	pool.Lock()
	after := pool.bytes
	pool.Unlock()
	if pooled == 0 && after == 0 {
		t.Error("no buffer ever returned to the pool")
	}
	ReleaseMemory()
	pool.Lock()
	if pool.bytes != 0 || len(pool.free) != 0 {
		t.Error("ReleaseMemory kept buffers")
	}
	pool.Unlock()
	// zeroed allocations really are zero even when recycled
	for k := 0; k < 4; k++ {
		runtime.GC()
		if s := Zeros(n).Sum().Item(); s != 0 {
			t.Fatalf("Zeros from a recycled buffer sums to %v", s)
		}
	}
}

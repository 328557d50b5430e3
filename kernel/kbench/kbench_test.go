package kbench

import (
	"context"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

func TestQuantile(t *testing.T) {
	ds := []time.Duration{5, 1, 4, 2, 3}
	for _, tc := range []struct {
		q    float64
		want time.Duration
	}{{0, 1}, {0.5, 3}, {1, 5}} {
		if got := Quantile(ds, tc.q); got != tc.want {
			t.Errorf("Quantile(%v) = %v, want %v", tc.q, got, tc.want)
		}
	}
	if Median(nil) != 0 {
		t.Error("Median of nothing")
	}
	if ds[0] != 5 {
		t.Error("Quantile sorted its argument in place")
	}
}

// TestMeasureFakeKernel runs the whole measurement against the
// protocol-only fake kernel.
func TestMeasureFakeKernel(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and starts a kernel")
	}
	bin := filepath.Join(t.TempDir(), "fakekernel")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/gograd/gograd/kernel/testdata/fakekernel").CombinedOutput(); err != nil {
		t.Fatalf("building the fake kernel: %v\n%s", err, out)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	r, err := Measure(ctx, Subject{Name: "fake", Argv: []string{bin, "-f", "{connection_file}"}, Code: "1+1", CompleteCode: "pri"}, 2, 20, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Startup) != 2 || len(r.Execute) != 20 || len(r.Complete) != 5 {
		t.Errorf("got %d starts, %d executes, %d completions", len(r.Startup), len(r.Execute), len(r.Complete))
	}
	if r.ExecValue != "2" || r.Matches != 1 {
		t.Errorf("1+1 gave %q, %d completions of pri", r.ExecValue, r.Matches)
	}
	for _, d := range append(append(r.Startup, r.Execute...), r.Complete...) {
		if d <= 0 {
			t.Fatalf("non-positive duration %v", d)
		}
	}
	t.Logf("fake kernel: start %v, execute %v, complete %v", Median(r.Startup), Median(r.Execute), Median(r.Complete))
}

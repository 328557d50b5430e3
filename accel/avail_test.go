package accel

import (
	"errors"
	"strings"
	"testing"
)

func TestAvailable(t *testing.T) {
	in := Available()
	if !in.Has("cpu") {
		t.Fatal("cpu backend not reported available")
	}
	s := in.String()
	if !strings.HasPrefix(s, "cpu: ") || !strings.Contains(s, in.GemmKernel) || !strings.Contains(s, "cuda:") {
		t.Fatalf("String() = %q", s)
	}
	if hasAVX512 && !strings.Contains(s, "avx512f") {
		t.Fatalf("AVX-512 machine but String() = %q", s)
	}
	t.Log("\n" + s)
}

func TestBackendsSameAPI(t *testing.T) {
	a := []float32{1, 2, 3, 4}
	b := []float32{5, 6, 7, 8}
	c := make([]float32, 4)
	for _, be := range Backends() {
		err := be.Sgemm(false, false, 2, 2, 2, 1, a, 2, b, 2, 0, c, 2)
		if be.Available() == nil {
			if err != nil {
				t.Fatalf("%s: %v", be.Name(), err)
			}
			if c[0] != 19 || c[3] != 50 {
				t.Fatalf("%s: got %v", be.Name(), c)
			}
		} else if !errors.Is(err, ErrNotAvailable) {
			t.Fatalf("%s unavailable but Sgemm error %v does not wrap ErrNotAvailable", be.Name(), err)
		}
	}
	if _, err := Lookup("tpu"); err == nil {
		t.Fatal("Lookup of unknown backend succeeded")
	}
	if err := CPU().Sgemm(false, false, 2, 2, 3, 1, a, 3, b, 2, 0, c, 2); err == nil || !strings.Contains(err.Error(), "A") {
		t.Fatalf("short A: err = %v", err)
	}
}

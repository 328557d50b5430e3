package accel

import (
	"errors"
	"fmt"
	"sync"
)

// Backend is one compute device: the CPU (always present) or a GPU. Every
// backend has the same methods whether or not it can run here; one that
// cannot returns an error wrapping ErrNotAvailable from each call, so code
// written against the interface never changes with the build or machine.
//
// Matrices are row-major float32 in host memory; the argument conventions
// are those of Sgemm and SgemmStridedBatched.
type Backend interface {
	// Name is the short lower-case name: "cpu", "cuda", "metal".
	Name() string
	// Available is nil when the backend can run work on this machine,
	// else the reason it cannot (wrapping ErrNotAvailable).
	Available() error
	// Sgemm is Sgemm, with bad arguments reported as an error.
	Sgemm(transA, transB bool, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) error
	// SgemmStridedBatched is SgemmStridedBatched, with bad arguments
	// reported as an error.
	SgemmStridedBatched(transA, transB bool, m, n, k int, alpha float32, a []float32, lda, strideA int, b []float32, ldb, strideB int, beta float32, c []float32, ldc, strideC int, batch int) error
}

// ErrNotAvailable is wrapped by the errors of a backend that cannot run on
// this machine or was not built in.
var ErrNotAvailable = errors.New("backend not available")

var (
	backendsMu sync.Mutex
	backends   = []Backend{cpuBackend{}, &unavailable{name: "cuda", probe: probeCUDA}, &unavailable{name: "metal", probe: probeMetal}}
)

// Register installs b, replacing a backend of the same name (the
// placeholders "cuda" and "metal" are replaced by real implementations
// from their own packages). The CPU backend cannot be replaced.
func Register(b Backend) error {
	if b == nil {
		return errors.New("accel: Register: nil backend")
	}
	if b.Name() == "cpu" || b.Name() == "" {
		return fmt.Errorf("accel: Register: cannot register a backend named %q", b.Name())
	}
	backendsMu.Lock()
	defer backendsMu.Unlock()
	for i, old := range backends {
		if old.Name() == b.Name() {
			backends[i] = b
			return nil
		}
	}
	backends = append(backends, b)
	return nil
}

// Backends lists every known backend, the CPU first, available or not.
func Backends() []Backend {
	backendsMu.Lock()
	defer backendsMu.Unlock()
	return append([]Backend(nil), backends...)
}

// Lookup returns the backend named name ("cpu", "cuda", …), or an error
// listing the known names.
func Lookup(name string) (Backend, error) {
	var names []string
	for _, b := range Backends() {
		if b.Name() == name {
			return b, nil
		}
		names = append(names, b.Name())
	}
	return nil, fmt.Errorf("accel: no backend %q (known: %v)", name, names)
}

// CPU returns the CPU backend, which is always available.
func CPU() Backend { return cpuBackend{} }

type cpuBackend struct{}

func (cpuBackend) Name() string     { return "cpu" }
func (cpuBackend) Available() error { return nil }

func (cpuBackend) Sgemm(transA, transB bool, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) error {
	if err := CheckSgemm(transA, transB, m, n, k, a, lda, b, ldb, c, ldc); err != nil {
		return err
	}
	sgemm(activeKernel(), Threads(), transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
	return nil
}

func (cpuBackend) SgemmStridedBatched(transA, transB bool, m, n, k int, alpha float32, a []float32, lda, strideA int, b []float32, ldb, strideB int, beta float32, c []float32, ldc, strideC int, batch int) error {
	if err := CheckSgemmStridedBatched(transA, transB, m, n, k, a, lda, strideA, b, ldb, strideB, c, ldc, strideC, batch); err != nil {
		return err
	}
	sgemmBatched(activeKernel(), Threads(), transA, transB, m, n, k, alpha, a, lda, strideA, b, ldb, strideB, beta, c, ldc, strideC, batch)
	return nil
}

// unavailable stands in for a GPU backend this build does not include
// (candle's dummy backends): same methods, each returning why it cannot
// run. probe says what the machine has, for Available()'s report.
type unavailable struct {
	name  string
	probe func() (found bool, detail string)
	once  sync.Once
	found bool
	info  string
}

func (u *unavailable) Name() string { return u.name }

func (u *unavailable) detect() {
	u.once.Do(func() { u.found, u.info = u.probe() })
}

func (u *unavailable) Available() error {
	u.detect()
	if u.found {
		return fmt.Errorf("accel: %s: %w: %s, but this build has no %s backend", u.name, ErrNotAvailable, u.info, u.name)
	}
	return fmt.Errorf("accel: %s: %w: %s", u.name, ErrNotAvailable, u.info)
}

func (u *unavailable) Sgemm(bool, bool, int, int, int, float32, []float32, int, []float32, int, float32, []float32, int) error {
	return u.Available()
}

func (u *unavailable) SgemmStridedBatched(bool, bool, int, int, int, float32, []float32, int, int, []float32, int, int, float32, []float32, int, int, int) error {
	return u.Available()
}

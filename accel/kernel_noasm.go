//go:build !amd64 || noasm

package accel

const (
	hasAVX512 = false
	hasAVX2   = false
)

// gemmKernels lists the micro-kernels this build can run: only the pure-Go
// one without assembly.
func gemmKernels() []*gemmKernel { return []*gemmKernel{goKernel} }

const hasPackAsm = false

func packTransAVX(dst, src *float32, ld, rows, kc int, alpha float32) { panic("accel: no assembly") }

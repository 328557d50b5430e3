//go:build amd64 && !noasm

package accel

import "golang.org/x/sys/cpu"

//go:noescape
func sgemmKernel12x32AVX512(k int, a, b, c *float32, ldc int, beta float32)

//go:noescape
func sgemmKernel6x16AVX2(k int, a, b, c *float32, ldc int, beta float32)

var (
	hasAVX512 = cpu.X86.HasAVX512F && cpu.X86.HasAVX512DQ && cpu.X86.HasAVX512VL
	hasAVX2   = cpu.X86.HasAVX2 && cpu.X86.HasFMA
)

// gemmKernels lists the micro-kernels this build and CPU can run, fastest
// first. The blocking sizes target Zen 5 / Skylake-X class caches: the A
// micro-panel (mr×kc) stays in L1, the packed B block (kc×nc) in L2.
func gemmKernels() []*gemmKernel {
	var ks []*gemmKernel
	if hasAVX512 {
		ks = append(ks, &gemmKernel{name: "avx512-12x32", mr: 12, nr: 32, kc: 384, nc: 480, fn: sgemmKernel12x32AVX512})
	}
	if hasAVX2 {
		ks = append(ks, &gemmKernel{name: "avx2-6x16", mr: 6, nr: 16, kc: 256, nc: 512, fn: sgemmKernel6x16AVX2})
	}
	return append(ks, goKernel)
}

//go:noescape
func packTransAVX(dst, src *float32, ld, rows, kc int, alpha float32)

// hasPackAsm reports whether packTransAVX can run.
var hasPackAsm = cpu.X86.HasAVX

package accel

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// benchImpls runs f as sub-benchmarks "avx512", "avx2" (when the CPU has
// them) and "go", so the SIMD speed-up shows side by side. bytes is the memory one call
// reads and writes, reported as GB/s.
func benchImpls(b *testing.B, bytes float64, f func()) {
	saved := vecISA
	defer func() { vecISA = saved }()
	isas := vecISAs()
	for i := len(isas) - 1; i >= 0; i-- {
		isa := isas[i]
		b.Run(isaNames[isa], func(b *testing.B) {
			vecISA = isa
			f()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				f()
			}
			b.ReportMetric(bytes*float64(b.N)/b.Elapsed().Seconds()/1e9, "GB/s")
		})
	}
}

// benchN is a 256 KB vector (per operand): in L2, so the kernels' compute
// speed shows rather than DRAM bandwidth.
const benchN = 1 << 16

func benchVecs(n int, k int) [][]float32 {
	r := rand.New(rand.NewPCG(1, 1))
	vs := make([][]float32, k)
	for i := range vs {
		vs[i] = randN(r, n, -2, 2)
	}
	return vs
}

func BenchmarkAdd(b *testing.B) {
	v := benchVecs(benchN, 3)
	benchImpls(b, 12*benchN, func() { add(v[0], v[1], v[2]) })
}

func BenchmarkMul(b *testing.B) {
	v := benchVecs(benchN, 3)
	benchImpls(b, 12*benchN, func() { mul(v[0], v[1], v[2]) })
}

func BenchmarkScale(b *testing.B) {
	v := benchVecs(benchN, 2)
	benchImpls(b, 8*benchN, func() { scale(v[0], v[1], 0.5) })
}

func BenchmarkAxpy(b *testing.B) {
	v := benchVecs(benchN, 2)
	benchImpls(b, 12*benchN, func() { axpy(1e-3, v[0], v[1]) })
}

func BenchmarkDot(b *testing.B) {
	v := benchVecs(benchN, 2)
	benchImpls(b, 8*benchN, func() { dot(v[0], v[1]) })
}

func BenchmarkExp(b *testing.B) {
	v := benchVecs(benchN, 2)
	benchImpls(b, 8*benchN, func() { expSum(v[0], v[1], 0) })
}

func BenchmarkTanh(b *testing.B) {
	v := benchVecs(benchN, 2)
	benchImpls(b, 8*benchN, func() { tanhv(v[0], v[1]) })
}

func BenchmarkGeluForward(b *testing.B) {
	v := benchVecs(benchN, 2)
	benchImpls(b, 8*benchN, func() { gelu(v[0], v[1]) })
}

func BenchmarkGeluBackward(b *testing.B) {
	v := benchVecs(benchN, 3)
	benchImpls(b, 16*benchN, func() { geluBackward(v[0], v[1], v[2]) })
}

// Row kernels on GPT-2 small shapes: 64 rows of C = 768, and softmax /
// cross-entropy over the 50257-word vocabulary.
func BenchmarkSoftmaxForward(b *testing.B) {
	const N, C = 8, 50257
	v := benchVecs(N*C, 2)
	benchImpls(b, 8*N*C, func() { SoftmaxForward(v[0], v[1], N, C) })
}

func BenchmarkLayerNormForward(b *testing.B) {
	const N, C = 64, 768
	v := benchVecs(N*C, 2)
	w := benchVecs(C, 2)
	mean, rstd := make([]float32, N), make([]float32, N)
	benchImpls(b, 8*N*C, func() { LayerNormForward(v[0], mean, rstd, v[1], w[0], w[1], N, C) })
}

func BenchmarkLayerNormBackward(b *testing.B) {
	const N, C = 64, 768
	v := benchVecs(N*C, 3)
	w := benchVecs(C, 3)
	mean, rstd := make([]float32, N), make([]float32, N)
	LayerNormForward(v[0], mean, rstd, v[1], w[0], w[1], N, C)
	benchImpls(b, 12*N*C, func() { LayerNormBackward(v[0], w[1], w[2], v[2], v[1], w[0], mean, rstd, N, C) })
}

func BenchmarkCrossEntropySoftmax(b *testing.B) {
	const N, V = 8, 50257
	v := benchVecs(N*V, 2)
	losses := make([]float32, N)
	targets := make([]int32, N)
	benchImpls(b, 8*N*V, func() { CrossEntropySoftmax(losses, v[0], v[1], targets, N, V, 1.0/N) })
}

func BenchmarkAdamW(b *testing.B) {
	v := benchVecs(benchN, 4)
	for i := range v[3] {
		v[3][i] *= v[3][i]
	}
	hp := AdamWParams{LR: 1e-3, Beta1: 0.9, Beta2: 0.95, Eps: 1e-8, WeightDecay: 0.1, Step: 10}
	benchImpls(b, 28*benchN, func() { AdamW(v[0], v[1], v[2], v[3], hp) })
}

// benchFlops is benchImpls for kernels built on SGEMM, which also switches
// SGEMM to the micro-kernel of the same instruction set. Reports GFLOP/s.
func benchFlops(b *testing.B, flops float64, f func()) {
	savedV, savedK := vecISA, kernelOverride
	defer func() { vecISA, kernelOverride = savedV, savedK }()
	isas := vecISAs()
	for i := len(isas) - 1; i >= 0; i-- {
		isa := isas[i]
		b.Run(isaNames[isa], func(b *testing.B) {
			vecISA, kernelOverride = isa, nil
			for _, k := range gemmKernels() {
				if strings.HasPrefix(k.name, isaNames[isa]) {
					kernelOverride = k
				}
			}
			f()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				f()
			}
			b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
		})
	}
}

// BenchmarkAttentionForward is one GPT-2 small layer's attention at T=256,
// reported in GFLOP/s of the two products (causal: half of 4·B·H·T²·D).
func BenchmarkAttentionForward(b *testing.B) {
	const B, H, T, D = 1, 12, 256, 64
	v := benchVecs(B*H*T*D, 4)
	lse := make([]float32, B*H*T)
	benchFlops(b, 2.0*B*H*T*T*D, func() { AttentionForward(v[0], lse, v[1], v[2], v[3], B, H, T, D) })
}

// BenchmarkAttentionBackward counts the four products of the backward pass
// and the recomputed scores (causal: 5·B·H·T²·D).
func BenchmarkAttentionBackward(b *testing.B) {
	const B, H, T, D = 1, 12, 256, 64
	v := benchVecs(B*H*T*D, 8)
	lse := make([]float32, B*H*T)
	AttentionForward(v[0], lse, v[1], v[2], v[3], B, H, T, D)
	benchFlops(b, 5.0*B*H*T*T*D, func() { AttentionBackward(v[4], v[5], v[6], v[7], v[1], v[2], v[3], v[0], lse, B, H, T, D) })
}

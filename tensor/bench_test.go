package tensor

import (
	"testing"
)

// Benchmarks on 1M (2^20) float32 elements. Each reports GB/s of the
// memory it must touch (inputs read + output written), comparable with the
// machine's memory bandwidth.

const benchN = 1 << 20

func reportGBs(b *testing.B, bytes int) {
	b.SetBytes(int64(bytes))
	b.ReportMetric(float64(bytes)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GB/s")
}

func benchUnary(b *testing.B, f func(*Tensor) *Tensor) {
	x := Randn(1024, 1024)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f(x)
	}
	reportGBs(b, 2*4*benchN)
}

func BenchmarkAdd1M(b *testing.B) {
	x, y := Randn(1024, 1024), Randn(1024, 1024)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Add(y)
	}
	reportGBs(b, 3*4*benchN)
}

func BenchmarkMul1M(b *testing.B) {
	x, y := Randn(1024, 1024), Randn(1024, 1024)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Mul(y)
	}
	reportGBs(b, 3*4*benchN)
}

func BenchmarkAddBroadcastRow1M(b *testing.B) {
	x, y := Randn(1024, 1024), Randn(1024)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Add(y)
	}
	reportGBs(b, 2*4*benchN)
}

func BenchmarkAddBroadcastCol1M(b *testing.B) {
	x, y := Randn(1024, 1024), Randn(1024, 1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Add(y)
	}
	reportGBs(b, 2*4*benchN)
}

func BenchmarkAddTransposed1M(b *testing.B) {
	x, y := Randn(1024, 1024), Randn(1024, 1024).T()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Add(y)
	}
	reportGBs(b, 3*4*benchN)
}

func BenchmarkMulScalar1M(b *testing.B) {
	benchUnary(b, func(x *Tensor) *Tensor { return x.MulScalar(2) })
}
func BenchmarkExp1M(b *testing.B)     { benchUnary(b, (*Tensor).Exp) }
func BenchmarkTanh1M(b *testing.B)    { benchUnary(b, (*Tensor).Tanh) }
func BenchmarkSigmoid1M(b *testing.B) { benchUnary(b, (*Tensor).Sigmoid) }
func BenchmarkGELU1M(b *testing.B)    { benchUnary(b, (*Tensor).GELU) }
func BenchmarkReLU1M(b *testing.B)    { benchUnary(b, (*Tensor).ReLU) }
func BenchmarkContiguousT1M(b *testing.B) {
	benchUnary(b, func(x *Tensor) *Tensor { return x.T().Contiguous() })
}

func benchReduce(b *testing.B, f func(*Tensor) *Tensor) {
	x := Randn(1024, 1024)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f(x)
	}
	reportGBs(b, 4*benchN)
}

func BenchmarkSumAll1M(b *testing.B)  { benchReduce(b, func(x *Tensor) *Tensor { return x.Sum() }) }
func BenchmarkSumRows1M(b *testing.B) { benchReduce(b, func(x *Tensor) *Tensor { return x.Sum(1) }) }
func BenchmarkSumCols1M(b *testing.B) { benchReduce(b, func(x *Tensor) *Tensor { return x.Sum(0) }) }
func BenchmarkMaxRows1M(b *testing.B) { benchReduce(b, func(x *Tensor) *Tensor { return x.Max(1) }) }
func BenchmarkMeanAll1M(b *testing.B) { benchReduce(b, func(x *Tensor) *Tensor { return x.Mean() }) }
func BenchmarkArgMaxRow1M(b *testing.B) {
	benchReduce(b, func(x *Tensor) *Tensor { return x.ArgMax(1) })
}

func BenchmarkSoftmax1M(b *testing.B) {
	benchUnary(b, func(x *Tensor) *Tensor { return x.Softmax(-1) })
}

func BenchmarkLogSoftmax1M(b *testing.B) {
	benchUnary(b, func(x *Tensor) *Tensor { return x.LogSoftmax(-1) })
}

func BenchmarkLayerNorm1M(b *testing.B) {
	w, bias := Ones(1024), Zeros(1024)
	benchUnary(b, func(x *Tensor) *Tensor { return LayerNorm(x, w, bias, 1e-5) })
}

func BenchmarkCrossEntropy1M(b *testing.B) {
	x := Randn(64, 16384)
	tg := RandInt(0, 16384, 64)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		CrossEntropy(x, tg)
	}
	reportGBs(b, 4*benchN)
}

// BenchmarkMLPStep is one forward+backward of a 2-layer MLP (batch 256,
// 512 -> 1024 -> 512): the autograd overhead around the GEMMs.
func BenchmarkMLPStep(b *testing.B) {
	x := Randn(256, 512)
	w1 := Randn(1024, 512).MulScalar(0.03).RequiresGrad()
	w2 := Randn(512, 1024).MulScalar(0.03).RequiresGrad()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w1.ZeroGrad()
		w2.ZeroGrad()
		x.MatMul(w1.T()).GELU().MatMul(w2.T()).Square().Mean().Backward()
	}
	flops := 3 * 2 * 2 * 256 * 512 * 1024.0
	b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
}

func BenchmarkAddScalar1M(b *testing.B) {
	benchUnary(b, func(x *Tensor) *Tensor { return x.AddScalar(2) })
}

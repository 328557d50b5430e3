package st

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/gograd/gograd/tensor"
)

// benchTensors returns count tensors of n float32 values each.
func benchTensors(count, n int) map[string]*tensor.Tensor {
	m := make(map[string]*tensor.Tensor, count)
	for i := 0; i < count; i++ {
		d := make([]float32, n)
		for j := range d {
			d[j] = float32(j%1000) * 0.001
		}
		m[fmt.Sprintf("layer.%d.weight", i)] = tensor.Wrap(d, n/256, 256)
	}
	return m
}

func BenchmarkSave(b *testing.B) {
	ts := benchTensors(16, 1<<20) // 64 MB of float32
	for _, d := range []DType{F32, F16, BF16} {
		b.Run(d.String(), func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "m.safetensors")
			b.SetBytes(16 << 22)
			for i := 0; i < b.N; i++ {
				if err := Save(path, ts, nil, WithDType(d)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkOpenTouch(b *testing.B) {
	path := filepath.Join(b.TempDir(), "m.safetensors")
	if err := Save(path, benchTensors(64, 1<<20), nil); err != nil { // 256 MB
		b.Fatal(err)
	}
	os.ReadFile(path) // into the page cache
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		f, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		var s float32
		for _, n := range f.Names() {
			t, _ := f.Tensor(n)
			d := t.Data()
			s += d[0] + d[len(d)-1]
		}
		f.Close()
		_ = s
	}
	b.ReportMetric(float64(time.Since(start).Microseconds())/1000/float64(b.N), "ms/open")
}

func BenchmarkParseHeaderGPT2Tiny(b *testing.B) {
	raw, err := os.ReadFile(fixtureDir + "/model.safetensors")
	if err != nil {
		b.Skip("fixture missing")
	}
	n := le.Uint64(raw)
	hdr := raw[8 : 8+n]
	b.SetBytes(int64(n))
	for i := 0; i < b.N; i++ {
		if _, err := parseHeader(hdr, int64(len(raw))); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkConvert(b *testing.B) {
	const n = 1 << 20
	dst := make([]float32, n)
	for _, d := range []DType{F16, BF16, F64, F8_E4M3} {
		src := make([]byte, n*d.Size())
		b.Run(d.String()+"ToF32", func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for i := 0; i < b.N; i++ {
				convertToF32(dst, src, d)
			}
		})
	}
	for _, d := range []DType{F16, BF16} {
		out := make([]byte, n*2)
		b.Run("F32To"+d.String(), func(b *testing.B) {
			b.SetBytes(n * 4)
			for i := 0; i < b.N; i++ {
				encodeFromF32(out, dst, d)
			}
		})
	}
}

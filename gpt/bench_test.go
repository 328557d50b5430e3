package gpt

import (
	"testing"
)

// benchTrainStep measures one forward+backward (no optimizer step) of a
// model of config c on B×T tokens, in tokens/s.
func benchTrainStep(b *testing.B, c Config, B, T int) {
	m, err := New(c, 1)
	if err != nil {
		b.Fatal(err)
	}
	ids := make([]int, B*T)
	tg := make([]int, B*T)
	for i := range ids {
		ids[i] = (i * 7) % c.VocabSize
		tg[i] = (i*7 + 3) % c.VocabSize
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := m.Loss(ids, tg, B, T); err != nil {
			b.Fatal(err)
		}
		if err := m.Backward(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(B*T*b.N)/b.Elapsed().Seconds(), "tok/s")
}

// FixtureConfig is the gpt2-tiny fixture's shape.
func fixtureConfig() Config {
	return Config{NLayer: 2, NHead: 4, NEmbd: 64, VocabSize: 512, NPositions: 32, LayerNormEpsilon: 1e-5}
}

// babyConfig is nanoGPT's shakespeare-char model: 6 layers, 6 heads, 384
// wide, 256 context, 65 characters.
func babyConfig() Config {
	return Config{NLayer: 6, NHead: 6, NEmbd: 384, VocabSize: 65, NPositions: 256, LayerNormEpsilon: 1e-5}
}

func BenchmarkTrainStepFixture(b *testing.B) { benchTrainStep(b, fixtureConfig(), 2, 16) }

func BenchmarkTrainStepBaby(b *testing.B) { benchTrainStep(b, babyConfig(), 4, 256) }

func benchGenerate(b *testing.B, c Config, n int, noCache bool) {
	m, err := New(c, 1)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := m.Generate([]int{0}, GenerateOptions{MaxNewTokens: n, NoCache: noCache}, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tok/s")
}

func BenchmarkGenerateBabyKVCache(b *testing.B) { benchGenerate(b, babyConfig(), 128, false) }

func BenchmarkGenerateBabyNoCache(b *testing.B) { benchGenerate(b, babyConfig(), 128, true) }

package tok

import (
	"runtime"
	"testing"
)

func benchText(b *testing.B) (*BPE, string) {
	g := loadGPT2(b)
	return g, englishish(42, 4<<20)
}

func BenchmarkEncode(b *testing.B) {
	g, text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	var n int
	for b.Loop() {
		n = len(g.Encode(text))
	}
	b.ReportMetric(float64(len(text))/float64(n), "bytes/token")
}

func BenchmarkEncodeParallel(b *testing.B) {
	g, text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		g.EncodeParallel(text, runtime.GOMAXPROCS(0))
	}
}

func BenchmarkDecode(b *testing.B) {
	g, text := benchText(b)
	ids := g.Encode(text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := g.Decode(ids); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPreTokenize(b *testing.B) {
	text := englishish(42, 4<<20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		for p := 0; p < len(text); {
			p = nextPiece(text, p)
		}
	}
}

// BenchmarkEncodeLongWord encodes one 100 000-byte word (the heap merge).
func BenchmarkEncodeLongWord(b *testing.B) {
	g := loadGPT2(b)
	word := randomWordSeeded(100_000)
	b.SetBytes(int64(len(word)))
	for b.Loop() {
		g.Encode(word)
	}
}

// BenchmarkTrain learns 5 000 merges from 10 MB of text.
func BenchmarkTrain(b *testing.B) {
	text := englishish(7, 10<<20) + randomWordsText(2<<20)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := TrainBPE(text, TrainOptions{VocabSize: 256 + 5000}); err != nil {
			b.Fatal(err)
		}
	}
}

package tok

import (
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// englishish returns deterministic English-like text of about n bytes.
func englishish(seed uint64, n int) string {
	r := rand.New(rand.NewPCG(seed, seed+1))
	words := strings.Fields(`the of and to in a is that for it as was with be by on not he I this are or his from at which
		but have an they you were her she there been one all we their has would when if will can more no out
		so said what up its about into than them only other new some could time these two may then do first any
		my now such like our over man me even most made after also did many before must through back years where
		much your way well down should because each just those people Mr how too little state good very make world
		still own see men work long get here between both life being under never day same another know while last
		might us great old year off come since against go came right used take three tokenization token tokenizer
		language model transformer attention gradient learning training data text English`)
	var b strings.Builder
	for b.Len() < n {
		sentence := 3 + r.IntN(15)
		for i := 0; i < sentence; i++ {
			w := words[min(r.IntN(len(words)), r.IntN(len(words)))]
			if i == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			} else {
				b.WriteByte(' ')
			}
			b.WriteString(w)
			switch r.IntN(30) {
			case 0:
				b.WriteByte(',')
			case 1:
				b.WriteString("'s")
			case 2:
				b.WriteString(" 19" + string(rune('0'+r.IntN(10))) + string(rune('0'+r.IntN(10))))
			}
		}
		b.WriteString(". ")
		if r.IntN(8) == 0 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// naiveTrain is the textbook trainer: recount every pair of every word
// before each merge. TrainBPE must choose the same merges.
func naiveTrain(text string, merges int) [][2]string {
	counts := map[string]int{}
	for _, p := range PreTokenize(text) {
		counts[p]++
	}
	type word struct {
		syms []string
		n    int
	}
	var words []word
	for p, n := range counts {
		var syms []string
		for i := 0; i < len(p); i++ {
			syms = append(syms, p[i:i+1])
		}
		words = append(words, word{syms, n})
	}
	rank := map[string]int{}
	for i, b := range byteOrder {
		rank[string([]byte{b})] = i
	}
	var out [][2]string
	for len(out) < merges {
		pc := map[[2]string]int{}
		for _, w := range words {
			for i := 0; i+1 < len(w.syms); i++ {
				pc[[2]string{w.syms[i], w.syms[i+1]}] += w.n
			}
		}
		var best [2]string
		bestN := 0
		for p, n := range pc {
			if n > bestN || n == bestN && (rank[p[0]] < rank[best[0]] || rank[p[0]] == rank[best[0]] && rank[p[1]] < rank[best[1]]) {
				best, bestN = p, n
			}
		}
		if bestN == 0 {
			break
		}
		out = append(out, best)
		m := best[0] + best[1]
		if _, ok := rank[m]; !ok {
			rank[m] = len(rank)
		}
		for wi := range words {
			s := words[wi].syms
			var ns []string
			for i := 0; i < len(s); i++ {
				if i+1 < len(s) && s[i] == best[0] && s[i+1] == best[1] {
					ns = append(ns, m)
					i++
				} else {
					ns = append(ns, s[i])
				}
			}
			words[wi].syms = ns
		}
	}
	return out
}

func TestTrainMatchesNaive(t *testing.T) {
	text := englishish(1, 20_000) + "aaaa abab 🙂🙂 ¡¡"
	b, err := TrainBPE(text, TrainOptions{VocabSize: 256 + 150})
	if err != nil {
		t.Fatal(err)
	}
	want := naiveTrain(text, 150)
	var got [][2]string
	for _, m := range b.merges {
		got = append(got, [2]string{b.tokens[m[0]], b.tokens[m[1]]})
	}
	if !slices.Equal(got, want) {
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Fatalf("merge %d: got %q, naive trainer %q", i, got[i], want[i])
			}
		}
		t.Fatalf("got %d merges, naive trainer %d", len(got), len(want))
	}
}

func TestTrainBPE(t *testing.T) {
	text := englishish(2, 200_000)
	opts := TrainOptions{VocabSize: 1000, SpecialTokens: []string{EndOfText}}
	a, err := TrainBPE(text, opts)
	if err != nil {
		t.Fatal(err)
	}
	if a.VocabSize() != 1000 {
		t.Errorf("VocabSize = %d, want 1000", a.VocabSize())
	}
	if id, ok := a.TokenID(EndOfText); !ok || id != 999 {
		t.Errorf("special token id = %d, %v; want 999", id, ok)
	}
	b, _ := TrainBPE(text, opts)
	if !slices.Equal(a.merges, b.merges) {
		t.Error("training twice on the same text gave different merges")
	}
	sample := englishish(3, 5000)
	ids := a.Encode(sample)
	if back, err := a.Decode(ids); err != nil || back != sample {
		t.Fatalf("trained tokenizer does not round-trip: %v", err)
	}
	if perChar := float64(len(ids)) / float64(len(sample)); perChar > 0.35 {
		t.Errorf("trained tokenizer: %.3f tokens per character on similar text; BPE should compress far better than 1", perChar)
	}
	// Save in Hugging Face's layout and load back: same encoding.
	path := filepath.Join(t.TempDir(), "tokenizer.json")
	if err := a.Save(path); err != nil {
		t.Fatal(err)
	}
	l, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := l.Encode(sample); !slices.Equal(got, ids) {
		t.Error("reloaded trained tokenizer encodes differently")
	}
	sp, err := l.(*BPE).EncodeSpecial("a" + EndOfText)
	if err != nil || sp[len(sp)-1] != 999 {
		t.Errorf("reloaded special token: %v, %v", sp, err)
	}
	// And in OpenAI's layout.
	gdir := t.TempDir()
	if err := a.SaveGPT2Files(gdir); err != nil {
		t.Fatal(err)
	}
	g2, err := GPT2(gdir)
	if err != nil {
		t.Fatal(err)
	}
	if got := g2.Encode(sample); !slices.Equal(got, ids) || g2.VocabSize() != 1000 {
		t.Errorf("trained tokenizer saved as encoder.json/vocab.bpe encodes differently (vocab %d)", g2.VocabSize())
	}
	if id, _ := g2.TokenID(EndOfText); id != 999 {
		t.Errorf("special token id after SaveGPT2Files: %d", id)
	}
	// Special tokens in the training text are not learned from.
	sp2, err := TrainBPE(strings.Repeat("<|endoftext|>ab ", 100), TrainOptions{VocabSize: 300, SpecialTokens: []string{EndOfText}})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := sp2.TokenID("<|"); ok || sp2.NumMerges() != 1 {
		t.Errorf("trained on text with special tokens: %d merges, \"<|\" learned: %v; want only \"ab\" (pieces \"ab\" and \" \")", sp2.NumMerges(), ok)
	}
	if _, err := TrainBPE(text, TrainOptions{VocabSize: 100}); err == nil {
		t.Error("vocabulary size below 256: no error")
	}
}

func randomWordSeeded(n int) string {
	return randomWord(rand.New(rand.NewPCG(uint64(n), 1)), n)
}

// randomWordsText is n bytes of made-up words, so training has many
// distinct pieces to work on.
func randomWordsText(n int) string {
	r := rand.New(rand.NewPCG(uint64(n), 2))
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(" " + randomWord(r, 2+r.IntN(10)))
	}
	return b.String()
}

func TestEncodeSpecialSeveral(t *testing.T) {
	b, err := TrainBPE(englishish(5, 20_000), TrainOptions{VocabSize: 400, SpecialTokens: []string{EndOfText, "<pad>", "<|end"}})
	if err != nil {
		t.Fatal(err)
	}
	eot, pad, end := 397, 398, 399
	text := "x<pad>y<|endoftext|><pad><|end the end"
	var want []int
	want = append(want, b.Encode("x")...)
	want = append(want, pad)
	want = append(want, b.Encode("y")...)
	want = append(want, eot, pad, end) // the longest special wins at a position
	want = append(want, b.Encode(" the end")...)
	got, err := b.EncodeSpecial(text)
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("EncodeSpecial(%q) = %v, %v; want %v", text, got, err, want)
	}
	only, _ := b.EncodeSpecial(text, "<pad>")
	if slices.Contains(only, eot) || slices.Contains(only, end) || !slices.Contains(only, pad) {
		t.Errorf("EncodeSpecial allowing only <pad>: %v", only)
	}
	// Many occurrences of one special and none of the others.
	long := strings.Repeat("word<pad>", 20_000)
	ids, _ := b.EncodeSpecial(long)
	if n := len(ids); n != 20_000*(len(b.Encode("word"))+1) {
		t.Errorf("%d tokens for 20000 x word<pad>", n)
	}
}

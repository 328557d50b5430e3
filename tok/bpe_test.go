package tok

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// TestMergeStrategiesAgree checks the O(n log n) heap merge against the
// quadratic scans it replaces on long pieces, under both merge rules.
func TestMergeStrategiesAgree(t *testing.T) {
	g := loadGPT2(t)
	pairMode := *g
	pairMode.byRank = false // same vocabulary under the Hugging Face rule
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 400; i++ {
		piece := strings.Join(PreTokenize(randomText(r, 1+r.IntN(30), true)), "")
		if i%3 == 0 { // a real word-like piece
			piece = randomWord(r, 1+r.IntN(60))
		}
		for _, tk := range []*BPE{g, &pairMode} {
			var sc scratch
			var scan []int32
			if tk.byRank {
				scan = slices.Clone(tk.mergeByRank(piece, &sc))
			} else {
				scan = slices.Clone(tk.mergeByPair(piece, &sc))
			}
			h, _ := tk.mergeHeap(piece, nil)
			if !slices.Equal(scan, h) {
				t.Fatalf("byRank=%v piece %q: scan %v, heap %v", tk.byRank, piece, scan, h)
			}
		}
	}
}

func randomWord(r *rand.Rand, n int) string {
	const letters = "etaoinshrdlcumwfgypbvkjxqz"
	b := make([]byte, n)
	for i := range b {
		b[i] = letters[min(r.IntN(26), r.IntN(26))]
	}
	return string(b)
}

// TestLongPieceIsNotQuadratic counts the work the heap merge does: a
// piece twice as long must cost about twice as much (n log n), not four
// times. A 100 000-character word is the example.
func TestLongPieceIsNotQuadratic(t *testing.T) {
	g := loadGPT2(t)
	r := rand.New(rand.NewPCG(5, 6))
	word := randomWord(r, 100_000)
	for _, piece := range []string{word, strings.Repeat("a", 100_000), strings.Repeat("ab", 50_000)} {
		_, opsHalf := g.mergeHeap(piece[:len(piece)/2], nil)
		_, opsFull := g.mergeHeap(piece, nil)
		ratio := float64(opsFull) / float64(opsHalf)
		if ratio > 2.5 {
			t.Errorf("piece %.10q...: %d ops for %d bytes, %d for %d: ratio %.2f, want about 2", piece, opsHalf, len(piece)/2, opsFull, len(piece), ratio)
		}
		t.Logf("piece %.10q...: %d ops for %d bytes, %d for %d (ratio %.2f)", piece, opsHalf, len(piece)/2, opsFull, len(piece), ratio)
		if opsFull > 20*len(piece) {
			t.Errorf("piece %.10q...: %d ops for %d bytes", piece, opsFull, len(piece))
		}
	}
	// And through Encode, the result decodes back.
	ids := g.Encode(word)
	if back, err := g.Decode(ids); err != nil || back != word {
		t.Fatalf("long word does not round-trip: %v", err)
	}
}

func TestSpecialTokens(t *testing.T) {
	g := loadGPT2(t)
	text := "a<|endoftext|>b"
	ord := g.Encode(text)
	if slices.Contains(ord, 50256) {
		t.Errorf("Encode(%q) = %v: special token encoded though not allowed", text, ord)
	}
	sp, err := g.EncodeSpecial(text, EndOfText)
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{64, 50256, 65}; !slices.Equal(sp, want) {
		t.Errorf("EncodeSpecial(%q) = %v, want %v", text, sp, want)
	}
	if _, err := g.EncodeSpecial(text, "<|nope|>"); err == nil || !strings.Contains(err.Error(), "<|nope|>") {
		t.Errorf("EncodeSpecial with an unknown special token: err = %v, want one naming it", err)
	}
	if id, ok := g.TokenID(EndOfText); !ok || id != 50256 {
		t.Errorf("TokenID(%q) = %d, %v", EndOfText, id, ok)
	}
	if g.VocabSize() != 50257 {
		t.Errorf("VocabSize = %d, want 50257", g.VocabSize())
	}
	if s, err := g.Decode(sp); err != nil || s != text {
		t.Errorf("Decode(%v) = %q, %v", sp, s, err)
	}
}

func TestBadTokenIDs(t *testing.T) {
	g := loadGPT2(t)
	for _, id := range []int{-1, 50257, 1 << 40} {
		_, err := g.Decode([]int{15496, id})
		if err == nil {
			t.Errorf("Decode with id %d: no error", id)
			continue
		}
		if !strings.Contains(err.Error(), " "+strconv.Itoa(id)+" ") {
			t.Errorf("Decode with id %d: error %q does not name the id", id, err)
		}
	}
	d := NewStreamDecoder(g)
	if _, err := d.Add(15496, 99999); err == nil {
		t.Error("StreamDecoder.Add with a bad id: no error")
	}
}

func TestEncodeParallelMatchesEncode(t *testing.T) {
	g := loadGPT2(t)
	r := rand.New(rand.NewPCG(7, 8))
	var b strings.Builder
	for b.Len() < 600_000 {
		b.WriteString(randomText(r, 50, true))
		b.WriteString(" The quick brown fox's 123 jumps.\n\n")
	}
	text := b.String()
	want := g.Encode(text)
	for _, workers := range []int{2, 3, 8} {
		if got := g.EncodeParallel(text, workers); !slices.Equal(got, want) {
			t.Fatalf("EncodeParallel(%d workers) differs from Encode (%d vs %d tokens)", workers, len(got), len(want))
		}
	}
}

func TestSafeSplit(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for i := 0; i < 3000; i++ {
		s := randomText(r, 30, true)
		at := SafeSplit(s, r.IntN(len(s)+1))
		whole := PreTokenize(s)
		split := append(PreTokenize(s[:at]), PreTokenize(s[at:])...)
		if !slices.Equal(whole, split) {
			t.Fatalf("SafeSplit(%q) = %d: pieces %q, split %q", s, at, whole, split)
		}
	}
}

// TestConcurrentEncode encodes from many goroutines at once (run with
// -race to check the cache).
func TestConcurrentEncode(t *testing.T) {
	g := loadGPT2(t)
	texts := []string{"antidisestablishmentarianism and more", "Supercalifragilistic expialidocious", "x y z"}
	want := make([][]int, len(texts))
	for i, s := range texts {
		want[i] = g.Encode(s)
	}
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 200; k++ {
				i := k % len(texts)
				if got := g.Encode(texts[i]); !slices.Equal(got, want[i]) {
					t.Errorf("concurrent Encode(%q) = %v, want %v", texts[i], got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestHFRoundTrip saves GPT-2 as tokenizer.json, loads it back, and checks
// the encodings stay tiktoken's; also loads the vocab.json/merges.txt names.
func TestHFRoundTrip(t *testing.T) {
	g := loadGPT2(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "tokenizer.json")
	if err := g.Save(path); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(raw, []byte(`"content": "<|endoftext|>"`)) {
		t.Errorf("tokenizer.json does not spell the special token as Hugging Face does (no \\u003c escapes)")
	}
	h, err := LoadHF(path)
	if err != nil {
		t.Fatal(err)
	}
	if !h.byRank || h.VocabSize() != g.VocabSize() || h.NumMerges() != g.NumMerges() {
		t.Fatalf("reloaded: byRank %v, %d tokens, %d merges; want true, %d, %d", h.byRank, h.VocabSize(), h.NumMerges(), g.VocabSize(), g.NumMerges())
	}
	viaLoad, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range loadCases(t) {
		if got := h.Encode(c.Text); !slices.Equal(got, c.IDs) {
			t.Errorf("tokenizer.json GPT-2 encodes %.40q as %v, want %v", c.Text, got, c.IDs)
		}
		if got := viaLoad.Encode(c.Text); !slices.Equal(got, c.IDs) {
			t.Errorf("Load(tokenizer.json) encodes %.40q as %v, want %v", c.Text, got, c.IDs)
		}
	}
	// GPT2(dir) with only tokenizer.json, and with HF's file names.
	if _, err := GPT2(dir); err != nil {
		t.Errorf("GPT2 on a directory with tokenizer.json: %v", err)
	}
	hfDir := t.TempDir()
	src := filepath.Join(sharedDir, "data", "gpt2-tokenizer")
	copyFile(t, filepath.Join(src, "encoder.json"), filepath.Join(hfDir, "vocab.json"))
	copyFile(t, filepath.Join(src, "vocab.bpe"), filepath.Join(hfDir, "merges.txt"))
	h2, err := GPT2(hfDir)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := h2.Encode("Hello world"), []int{15496, 995}; !slices.Equal(got, want) {
		t.Errorf("vocab.json+merges.txt: %v, want %v", got, want)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	if _, err := GPT2(dir); err == nil || !strings.Contains(err.Error(), "encoder.json") || !strings.Contains(err.Error(), dir) {
		t.Errorf("GPT2 on an empty directory: %v; want an error naming the directory and the files needed", err)
	}
	if _, err := GPT2(filepath.Join(dir, "missing")); err == nil {
		t.Error("GPT2 on a missing directory: no error")
	}
	write("encoder.json", `{"a": 0}`)
	if _, err := GPT2(dir); err == nil || !strings.Contains(err.Error(), "vocab.bpe") {
		t.Errorf("GPT2 with encoder.json alone: %v; want an error naming vocab.bpe", err)
	}
	bad := []struct{ name, json, want string }{
		{"wordpiece.json", `{"model": {"type": "WordPiece", "vocab": {}}}`, "WordPiece"},
		{"nopre.json", `{"model": {"type": "BPE", "vocab": {}, "merges": []}, "pre_tokenizer": null}`, "pre_tokenizer"},
		{"meta.json", `{"model": {"type": "BPE", "vocab": {}, "merges": []}, "pre_tokenizer": {"type": "Metaspace"}}`, "Metaspace"},
		{"bytes.json", `{"model": {"type": "BPE", "vocab": {"a": 0}, "merges": []}, "pre_tokenizer": {"type": "ByteLevel"}}`, "byte 0x00"},
		{"notjson.json", `{"model": `, "tokenizer.json"},
	}
	for _, b := range bad {
		_, err := LoadHF(write(b.name, b.json))
		if err == nil || !strings.Contains(err.Error(), b.want) {
			t.Errorf("LoadHF(%s): err = %v, want one mentioning %q", b.name, err, b.want)
		}
	}
	// A merge whose result is missing from the vocabulary, a duplicate id,
	// and a character outside the byte-level alphabet.
	vocab := map[string]int{}
	for i, b := range byteOrder {
		vocab[string(byteToRune[b])] = i
	}
	vj, _ := json.Marshal(vocab)
	if _, err := ReadGPT2(strings.NewReader(string(vj)), strings.NewReader("#version: 0.2\nĠ t\n")); err == nil || !strings.Contains(err.Error(), "merge 0") {
		t.Errorf("merge result missing: err = %v, want one naming merge 0", err)
	}
	vocab["Ġt"] = 5
	vj, _ = json.Marshal(vocab)
	if _, err := ReadGPT2(strings.NewReader(string(vj)), strings.NewReader("Ġ t\n")); err == nil || !strings.Contains(err.Error(), "id 5") {
		t.Errorf("duplicate id: err = %v, want one naming id 5", err)
	}
	if _, err := ReadGPT2(strings.NewReader(`{"\u4e2d": 0}`), strings.NewReader("")); err == nil || !strings.Contains(err.Error(), "byte-level") {
		t.Errorf("token outside the byte-level alphabet: err = %v", err)
	}
	if _, err := readMerges(strings.NewReader("#version: 0.2\nĠ t\nbad\n")); err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("bad merges line: err = %v, want one naming line 3", err)
	}
}

// TestHFFormats reads a small hand-written tokenizer.json in both merge
// layouts, with an added token and add_prefix_space.
func TestHFFormats(t *testing.T) {
	vocab := map[string]int{}
	for i, b := range byteOrder {
		vocab[string(byteToRune[b])] = i
	}
	vocab["Ġh"], vocab["Ġhi"], vocab["<pad>"] = 256, 257, 258
	vj, _ := json.Marshal(vocab)
	for _, merges := range []string{`["Ġ h", "Ġh i"]`, `[["Ġ", "h"], ["Ġh", "i"]]`} {
		file := `{"added_tokens": [{"id": 258, "content": "<pad>", "special": true}],
			"normalizer": null,
			"pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": true, "trim_offsets": true, "use_regex": true},
			"model": {"type": "BPE", "vocab": ` + string(vj) + `, "merges": ` + merges + `}}`
		h, err := ReadHF(strings.NewReader(file))
		if err != nil {
			t.Fatal(err)
		}
		if got := h.Encode("hi"); !slices.Equal(got, []int{257}) {
			t.Errorf("merges %s: Encode(hi) with add_prefix_space = %v, want [257]", merges, got)
		}
		got, err := h.EncodeSpecial("hi<pad>")
		if err != nil || !slices.Equal(got, []int{257, 258}) {
			t.Errorf("EncodeSpecial(hi<pad>) = %v, %v; want [257 258]", got, err)
		}
		if !strings.Contains(h.String(), "vocab: 259") {
			t.Errorf("String() = %s", h)
		}
	}
}

// TestSaveGPT2Files writes GPT-2 back out as encoder.json and vocab.bpe:
// the files come out byte for byte as OpenAI published them.
func TestSaveGPT2Files(t *testing.T) {
	g := loadGPT2(t)
	dir := t.TempDir()
	if err := g.SaveGPT2Files(dir); err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(sharedDir, "data", "gpt2-tokenizer")
	for _, name := range []string{"encoder.json", "vocab.bpe"} {
		want, err := os.ReadFile(filepath.Join(src, name))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			n := 0
			for n < len(got) && n < len(want) && got[n] == want[n] {
				n++
			}
			t.Errorf("%s differs from the original at byte %d: %.40q vs %.40q", name, n, got[n:], want[n:])
		}
	}
}

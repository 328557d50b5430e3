package tok

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
)

// sharedDir is the shared fixtures directory (../shared from the repo root).
const sharedDir = "../../shared"

var (
	gpt2Once sync.Once
	gpt2Tok  *BPE
	gpt2Err  error
)

// loadGPT2 returns the GPT-2 tokenizer from the shared data, or skips.
func loadGPT2(t testing.TB) *BPE {
	t.Helper()
	dir := filepath.Join(sharedDir, "data", "gpt2-tokenizer")
	if _, err := os.Stat(filepath.Join(dir, "encoder.json")); err != nil {
		t.Skipf("GPT-2 vocabulary not found in %s (the shared fixtures are missing): %v", dir, err)
	}
	g, err := loadGPT2Quiet()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// loadGPT2Quiet loads the shared GPT-2 tokenizer once.
func loadGPT2Quiet() (*BPE, error) {
	gpt2Once.Do(func() { gpt2Tok, gpt2Err = GPT2(filepath.Join(sharedDir, "data", "gpt2-tokenizer")) })
	return gpt2Tok, gpt2Err
}

type tokCase struct {
	Text            string `json:"text"`
	IDs             []int  `json:"ids"`
	IDsAllowSpecial []int  `json:"ids_allow_special"`
}

func loadCases(t testing.TB) []tokCase {
	return loadCasesFrom(t, filepath.Join(sharedDir, "fixtures", "tokenizer", "cases.jsonl"))
}

func loadCasesFrom(t testing.TB, path string) []tokCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("tokenizer cases not found (the shared fixtures are missing): %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 256<<20)
	var cases []tokCase
	for line := 1; sc.Scan(); line++ {
		var c tokCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatalf("%s has no cases", path)
	}
	return cases
}

func TestGPT2MatchesTiktoken(t *testing.T) {
	g := loadGPT2(t)
	for i, c := range loadCases(t) {
		got := g.Encode(c.Text)
		if !slices.Equal(got, c.IDs) {
			t.Errorf("case %d %.60q:\n got %v\nwant %v", i, c.Text, got, c.IDs)
		}
		want := c.IDs
		if c.IDsAllowSpecial != nil {
			want = c.IDsAllowSpecial
		}
		sp, err := g.EncodeSpecial(c.Text)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(sp, want) {
			t.Errorf("case %d %.60q with special tokens:\n got %v\nwant %v", i, c.Text, sp, want)
		}
		for _, ids := range [][]int{got, sp} {
			back, err := g.Decode(ids)
			if err != nil {
				t.Fatal(err)
			}
			if back != c.Text {
				t.Errorf("case %d: decode(encode(s)) = %.60q, want %.60q", i, back, c.Text)
			}
		}
	}
}

// TestGPT2MatchesTiktokenRandom checks texts made to stress the
// pre-tokenizer (scripts/tok_tiktoken_cases.js wrote them with tiktoken's
// ids), long pieces included.
func TestGPT2MatchesTiktokenRandom(t *testing.T) {
	g := loadGPT2(t)
	cases := loadCasesFrom(t, filepath.Join("testdata", "tiktoken_random.jsonl"))
	bad := 0
	for i, c := range cases {
		got := g.Encode(c.Text)
		if !slices.Equal(got, c.IDs) {
			if bad++; bad <= 5 {
				t.Errorf("case %d %.80q (pieces %.200q):\n got %v\nwant %v", i, c.Text, PreTokenize(c.Text), got, c.IDs)
			}
			continue
		}
		if back, err := g.Decode(got); err != nil || back != c.Text {
			t.Errorf("case %d: decode(encode(s)) = %.60q, %v; want %.60q", i, back, err, c.Text)
		}
		if c.IDsAllowSpecial != nil {
			if sp, err := g.EncodeSpecial(c.Text); err != nil || !slices.Equal(sp, c.IDsAllowSpecial) {
				t.Errorf("case %d %q with special tokens: got %v, %v; want %v", i, c.Text, sp, err, c.IDsAllowSpecial)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d cases differ from tiktoken", bad, len(cases))
	}
}

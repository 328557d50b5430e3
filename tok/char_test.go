package tok

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestChar(t *testing.T) {
	c := NewChar("hello world", UnknownReplace)
	if got := string(c.Chars()); got != " dehlorw" {
		t.Errorf("vocabulary %q, want the sorted distinct characters \" dehlorw\"", got)
	}
	if c.VocabSize() != 9 || c.UnknownID() != 8 {
		t.Errorf("VocabSize %d, UnknownID %d; want 9, 8", c.VocabSize(), c.UnknownID())
	}
	ids := c.Encode("hold")
	if want := []int{3, 5, 4, 1}; !slices.Equal(ids, want) {
		t.Errorf("Encode(hold) = %v, want %v", ids, want)
	}
	if s, err := c.Decode(ids); err != nil || s != "hold" {
		t.Errorf("Decode = %q, %v", s, err)
	}
	if got := c.Encode("hex!"); !slices.Equal(got, []int{3, 2, 8, 8}) {
		t.Errorf("unknown characters under UnknownReplace: %v", got)
	}
	if s, _ := c.Decode([]int{3, 8}); s != "h\uFFFD" {
		t.Errorf("unknown token decodes to %q, want U+FFFD", s)
	}
	skip := NewChar("hello world", UnknownSkip)
	if got := skip.Encode("hex!"); !slices.Equal(got, []int{3, 2}) || skip.VocabSize() != 8 {
		t.Errorf("UnknownSkip: %v (vocab %d)", got, skip.VocabSize())
	}
	if _, err := c.EncodeStrict("hex"); err == nil || !strings.Contains(err.Error(), `'x'`) || !strings.Contains(err.Error(), "offset 2") {
		t.Errorf("EncodeStrict: err = %v, want one naming 'x' at offset 2", err)
	}
	if _, err := c.Decode([]int{1, 9}); err == nil || !strings.Contains(err.Error(), "9") {
		t.Errorf("Decode of a bad id: %v", err)
	}
	if _, err := skip.Decode([]int{8}); err == nil {
		t.Error("Decode of the unknown id under UnknownSkip: no error")
	}

	path := filepath.Join(t.TempDir(), "char.json")
	if err := skip.Save(path); err != nil {
		t.Fatal(err)
	}
	l, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	lc := l.(*Char)
	if !slices.Equal(lc.Chars(), skip.Chars()) || lc.Unknown() != UnknownSkip {
		t.Errorf("reloaded %q %v, want %q %v", string(lc.Chars()), lc.Unknown(), string(skip.Chars()), UnknownSkip)
	}
}

func TestCompare(t *testing.T) {
	g := loadGPT2(t)
	text := englishish(4, 3000)
	c := Compare(text, Named("char", NewChar(text, UnknownReplace)), Named("gpt2", g))
	if len(c.Rows) != 2 || len(c.Rows[0].IDs) != c.Chars {
		t.Fatalf("rows %d, char tokens %d, chars %d", len(c.Rows), len(c.Rows[0].IDs), c.Chars)
	}
	r := c.Rows[1]
	if want := float64(c.Chars) / float64(len(r.IDs)); r.FewerThanFirst != want || r.FewerThanFirst < 3 {
		t.Errorf("gpt2 FewerThanFirst = %.2f, want %.2f (and well above 3 on English)", r.FewerThanFirst, want)
	}
	if strings.Join(r.Pieces, "") != text {
		t.Error("gpt2 pieces do not concatenate to the text")
	}
	s := c.String()
	for _, want := range []string{"char", "gpt2", "tokens/char", "[" + visible(r.Pieces[1]) + "]"} {
		if !strings.Contains(s, want) {
			t.Errorf("String() lacks %q:\n%s", want, s)
		}
	}
	h := c.DisplayHTML()
	if !strings.Contains(h, "<table>") || !strings.Contains(h, `title="`) || strings.Contains(h, "<script") {
		t.Errorf("DisplayHTML() = %.300s", h)
	}
	// Bytes of a character split across tokens show as <0xNN>.
	e := Compare("🦜", Named("gpt2", g))
	if joined := strings.Join(e.Rows[0].Pieces, ""); !strings.Contains(joined, "<0x") {
		t.Errorf("split emoji pieces %q, want <0xNN> for partial bytes", e.Rows[0].Pieces)
	}
	if h := Compare("<b>&", Named("gpt2", g)).DisplayHTML(); strings.Contains(h, "<b>&") {
		t.Error("DisplayHTML does not escape the text")
	}
}

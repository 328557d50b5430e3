package tok

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestPreTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello world", []string{"Hello", " world"}},
		{"I'm can't we'll they've he'd you're it's", []string{"I", "'m", " can", "'t", " we", "'ll", " they", "'ve", " he", "'d", " you", "'re", " it", "'s"}},
		{"IT'S", []string{"IT", "'", "S"}}, // contractions are case-sensitive
		{"'tis ''s", []string{"'t", "is", " ''", "s"}},
		{"?'s", []string{"?'", "s"}}, // a run of punctuation takes the apostrophe
		{"a  b", []string{"a", " ", " b"}},
		{"   word", []string{"  ", " word"}},
		{"trailing   ", []string{"trailing", "   "}},
		{"x\n\ny", []string{"x", "\n", "\n", "y"}},
		{"x\ny", []string{"x", "\n", "y"}}, // \n before a letter is not the optional space
		{"x \ty", []string{"x", " ", "\t", "y"}},
		{"x\t y", []string{"x", "\t", " y"}},
		{"\n\n\n", []string{"\n\n\n"}},
		{"a \n b", []string{"a", " \n", " b"}},
		{"123 4567 ٣٤٥", []string{"123", " 4567", " ٣٤٥"}},
		{"abc123def", []string{"abc", "123", "def"}},
		{" !!x", []string{" !!", "x"}},
		{"x\u0085y", []string{"x", "\u0085", "y"}},   // U+0085 is White_Space
		{"x\ufeffy", []string{"x", "\ufeff", "y"}},   // U+FEFF is not: a symbol
		{"x \ufeffy", []string{"x", " \ufeff", "y"}}, // so it takes the space
		{"x\u3000 y", []string{"x", "\u3000", " y"}},
		{"cafe\u0301", []string{"cafe", "\u0301"}}, // combining mark is not a letter
		{"Привет, мир", []string{"Привет", ",", " мир"}},
		{"中文。你好", []string{"中文", "。", "你好"}},
		{"a\xffb", []string{"a", "\xff", "b"}},       // an invalid byte is a symbol
		{" \xff\xfe!x", []string{" \xff\xfe!", "x"}}, // ... and joins a run of symbols
		{"\xe4\xbd", []string{"\xe4\xbd"}},           // truncated character
		{"'", []string{"'"}},
		{"'r", []string{"'", "r"}},
		{"\U00013F46's", []string{"\U00013F46", "'s"}}, // Unicode 16 letter, as tiktoken
	}
	for _, tc := range tests {
		got := PreTokenize(tc.in)
		if !slices.Equal(got, tc.want) {
			t.Errorf("PreTokenize(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if ref := refPreTokenize(tc.in); !slices.Equal(ref, tc.want) {
			t.Errorf("reference(%q) = %q, want %q (the test's reference is wrong)", tc.in, ref, tc.want)
		}
	}
}

// refPreTokenize is an independent, literal reading of GPT2Pattern: at
// each position, try the alternatives in order as a backtracking regex
// engine does, on decoded characters.
func refPreTokenize(s string) []string {
	type sym struct {
		r     rune
		start int
		bad   bool
	}
	var syms []sym
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		syms = append(syms, sym{r, i, r == utf8.RuneError})
		i += w
	}
	n := len(syms)
	off := func(k int) int {
		if k == n {
			return len(s)
		}
		return syms[k].start
	}
	isL := func(k int) bool { return k < n && !syms[k].bad && unicode.Is(tiktokenLetters, syms[k].r) }
	isN := func(k int) bool { return k < n && !syms[k].bad && unicode.Is(tiktokenNumbers, syms[k].r) }
	isS := func(k int) bool { return k < n && !syms[k].bad && unicode.Is(unicode.White_Space, syms[k].r) }
	isO := func(k int) bool { return k < n && !isL(k) && !isN(k) && !isS(k) }
	isSp := func(k int) bool { return k < n && syms[k].r == ' ' && !syms[k].bad }
	var out []string
	for i := 0; i < n; {
		end := -1
		for _, c := range []string{"'s", "'t", "'re", "'ve", "'m", "'ll", "'d"} {
			if strings.HasPrefix(s[off(i):], c) {
				end = i + len(c)
				break
			}
		}
		if end < 0 {
			for _, class := range []func(int) bool{isL, isN, isO} {
				j := i
				if isSp(j) && class(j+1) {
					j++
				}
				if class(j) {
					for j < n && class(j) {
						j++
					}
					end = j
					break
				}
			}
		}
		if end < 0 && isS(i) {
			j := i
			for j < n && isS(j) {
				j++
			}
			for k := j; k > i && end < 0; k-- { // \s+(?!\S), backtracking
				if k == n || isS(k) {
					end = k
				}
			}
			if end < 0 {
				end = j // \s+
			}
		}
		out = append(out, s[off(i):off(end)])
		i = end
	}
	return out
}

// randomText returns text drawn from characters that exercise every rule
// of the pattern, sometimes with invalid UTF-8.
func randomText(r *rand.Rand, n int, invalid bool) string {
	pool := []string{" ", " ", "  ", "\t", "\n", "\r\n", "\u0085", "\u00a0", "\u3000", "\ufeff", "\u2028",
		"'", "'s", "'re", "'ll", "s", "t", "re", "ve", "m", "d", "l", "a", "Z", "é", "Ж", "中", "٣", "1", "42",
		"½", "Ⅻ", "!", "?", ".", "\u0301", "👋", "🏽", "\u200d", "\U00013F46", "the", " the", " of"}
	var b strings.Builder
	for i := 0; i < n; i++ {
		switch x := r.IntN(20); {
		case invalid && x == 0:
			b.WriteByte(byte(0x80 + r.IntN(128)))
		case x == 1:
			b.WriteRune(rune(r.IntN(0x30000)))
		default:
			b.WriteString(pool[r.IntN(len(pool))])
		}
	}
	return b.String()
}

func TestPreTokenizeMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 3000; i++ {
		s := randomText(r, 1+r.IntN(40), i%2 == 0)
		got, want := PreTokenize(s), refPreTokenize(s)
		if !slices.Equal(got, want) {
			t.Fatalf("PreTokenize(%q) = %q, reference %q", s, got, want)
		}
	}
}

// FuzzPreTokenize checks the pre-tokenizer and the GPT-2 round trip on
// arbitrary bytes: no panic, the pieces concatenate to the input and agree
// with the reference reading of the pattern, and decoding the encoding
// gives back the input's bytes.
func FuzzPreTokenize(f *testing.F) {
	for _, s := range []string{"", "Hello world", "I'm   here\n\n", "a\xffb", "x\u0085 y", "'s'S 're", "\xe4\xbd\xa0\xe5"} {
		f.Add(s)
	}
	g, err := loadGPT2Quiet() // without the shared vocabulary, fuzz the pre-tokenizer only
	if err != nil {
		g = nil
	}
	f.Fuzz(func(t *testing.T, s string) {
		pieces := PreTokenize(s)
		if strings.Join(pieces, "") != s {
			t.Fatalf("pieces %q do not concatenate to %q", pieces, s)
		}
		for _, p := range pieces {
			if p == "" {
				t.Fatalf("empty piece in %q", pieces)
			}
		}
		if ref := refPreTokenize(s); !slices.Equal(pieces, ref) {
			t.Fatalf("PreTokenize(%q) = %q, reference %q", s, pieces, ref)
		}
		if g == nil {
			return
		}
		ids := g.Encode(s)
		b, err := g.DecodeBytes(ids)
		if err != nil || string(b) != s {
			t.Fatalf("DecodeBytes(Encode(%q)) = %q, %v", s, b, err)
		}
		text, err := g.Decode(ids)
		if err != nil || !utf8.ValidString(text) || (utf8.ValidString(s) && text != s) {
			t.Fatalf("Decode(Encode(%q)) = %q, %v", s, text, err)
		}
		d := NewStreamDecoder(g)
		var sb strings.Builder
		for _, id := range ids {
			part, err := d.Add(id)
			if err != nil {
				t.Fatal(err)
			}
			sb.WriteString(part)
		}
		sb.WriteString(d.Flush())
		if sb.String() != text {
			t.Fatalf("streaming decode of %q = %q, Decode gives %q", s, sb.String(), text)
		}
	})
}

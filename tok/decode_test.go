package tok

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestToValidUTF8(t *testing.T) {
	// Expected values follow Python's bytes.decode("utf-8", "replace"):
	// one U+FFFD per maximal invalid subsequence.
	tests := []struct{ in, want string }{
		{"abc", "abc"},
		{"\xff", "\uFFFD"},
		{"\xff\xfe", "\uFFFD\uFFFD"},
		{"\xe4\xbd", "\uFFFD"},                           // truncated 3-byte character
		{"\xe4\xbdx", "\uFFFDx"},                         // ... followed by ASCII
		{"\xf0\x9f\x91", "\uFFFD"},                       // truncated emoji
		{"\xe0\x80\x80", "\uFFFD\uFFFD\uFFFD"},           // overlong: E0 needs A0..BF next
		{"\xed\xa0\x80", "\uFFFD\uFFFD\uFFFD"},           // surrogate
		{"\xf4\x90\x80\x80", "\uFFFD\uFFFD\uFFFD\uFFFD"}, // above U+10FFFF
		{"\xc0\xaf", "\uFFFD\uFFFD"},
		{"a\x80b", "a\uFFFDb"},
		{"\xef\xbf\xbd", "\uFFFD"}, // a real U+FFFD stays one
		{"你\xe5\xa5", "你\uFFFD"},
	}
	for _, tc := range tests {
		if got := toValidUTF8([]byte(tc.in)); got != tc.want {
			t.Errorf("toValidUTF8(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestStreamDecoder(t *testing.T) {
	g := loadGPT2(t)
	text := "Hello 👋 world 🌍 中文分词测试 👨‍👩‍👧‍👦 family"
	ids := g.Encode(text)
	d := NewStreamDecoder(g)
	var parts []string
	for _, id := range ids {
		s, err := d.Add(id)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(s) || strings.ContainsRune(s, utf8.RuneError) {
			t.Errorf("token %d gave %q: an incomplete character was not held back", id, s)
		}
		parts = append(parts, s)
	}
	if rest := d.Flush(); rest != "" {
		t.Errorf("Flush after complete text = %q, want \"\"", rest)
	}
	if got := strings.Join(parts, ""); got != text {
		t.Errorf("streamed %q, want %q", got, text)
	}
	// An emoji cut short: its bytes are held, then flushed as U+FFFD.
	emoji := g.Encode("👋")
	if len(emoji) < 2 {
		t.Skip("emoji is one token")
	}
	d = NewStreamDecoder(g)
	if s, _ := d.Add(emoji[:len(emoji)-1]...); s != "" {
		t.Errorf("partial emoji gave %q, want it held back", s)
	}
	if s := d.Flush(); s != "\uFFFD" {
		t.Errorf("Flush of a partial emoji = %q, want U+FFFD", s)
	}
}

// TestStreamMatchesDecode feeds random token ids (so random byte
// sequences) one at a time and checks the pieces add up to Decode.
func TestStreamMatchesDecode(t *testing.T) {
	g := loadGPT2(t)
	r := rand.New(rand.NewPCG(11, 12))
	for i := 0; i < 300; i++ {
		ids := make([]int, 1+r.IntN(12))
		for k := range ids {
			if r.IntN(2) == 0 {
				ids[k] = r.IntN(256) // single bytes: lots of partial characters
			} else {
				ids[k] = r.IntN(50256)
			}
		}
		want, err := g.Decode(ids)
		if err != nil {
			t.Fatal(err)
		}
		d := NewStreamDecoder(g)
		var b strings.Builder
		for _, id := range ids {
			s, _ := d.Add(id)
			b.WriteString(s)
		}
		b.WriteString(d.Flush())
		if b.String() != want {
			t.Fatalf("ids %v: streamed %q, Decode %q", ids, b.String(), want)
		}
	}
}

// TestRoundTripRandomUTF8 encodes random valid UTF-8 (all planes) and
// checks Decode gives it back.
func TestRoundTripRandomUTF8(t *testing.T) {
	g := loadGPT2(t)
	r := rand.New(rand.NewPCG(13, 14))
	for i := 0; i < 2000; i++ {
		var b strings.Builder
		for k := r.IntN(30); k >= 0; k-- {
			var c rune
			switch r.IntN(3) {
			case 0:
				c = rune(r.IntN(0x80))
			case 1:
				c = rune(r.IntN(0x10000))
			default:
				c = rune(r.IntN(utf8.MaxRune + 1))
			}
			if !utf8.ValidRune(c) {
				c = 'x'
			}
			b.WriteRune(c)
		}
		s := b.String()
		if got, err := g.Decode(g.Encode(s)); err != nil || got != s {
			t.Fatalf("Decode(Encode(%q)) = %q, %v", s, got, err)
		}
	}
}

// FuzzDecode decodes arbitrary ids: errors for bad ones, never a panic,
// always valid UTF-8, and streaming agrees.
func FuzzDecode(f *testing.F) {
	f.Add([]byte{0x3a, 0x96, 0xff, 0xff, 0x00, 0x01})
	g, err := loadGPT2Quiet()
	if err != nil {
		f.Skip("GPT-2 vocabulary missing:", err)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		ids := make([]int, len(raw)/2)
		for i := range ids {
			ids[i] = int(raw[2*i])<<8 | int(raw[2*i+1]) - 100
		}
		s, err := g.Decode(ids)
		if err != nil {
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("Decode(%v) = %q: not valid UTF-8", ids, s)
		}
		d := NewStreamDecoder(g)
		var b strings.Builder
		for _, id := range ids {
			p, err := d.Add(id)
			if err != nil {
				t.Fatal(err)
			}
			b.WriteString(p)
		}
		if b.WriteString(d.Flush()); b.String() != s {
			t.Fatalf("streamed %q, Decode %q", b.String(), s)
		}
	})
}

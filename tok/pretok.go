package tok

import (
	"unicode"
	"unicode/utf8"
)

// GPT2Pattern is the regular expression GPT-2 splits text with before BPE.
// PreTokenize implements it by hand: Go's regexp has no lookahead, and a
// scanner is faster. Here \s is Unicode White_Space (U+0085 is a space,
// U+FEFF is not), \p{L} the letters and \p{N} the numbers of all scripts
// as tiktoken's gpt2 encoding classifies them: its regex engine follows
// Unicode 16.0, newer than Go's unicode package, so the two classes come
// from tables probed from tiktoken itself (unicode_tables.go).
const GPT2Pattern = `'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+`

// Character classes of the pre-tokenizer. An invalid UTF-8 byte is a
// symbol of its own in classOther (neither letter, number nor space).
const (
	classOther uint8 = iota
	classLetter
	classNumber
	classSpace
)

// asciiClass classifies the ASCII bytes; bytes >= 0x80 start a multi-byte
// rune and go through classRune.
var asciiClass = func() (t [128]uint8) {
	for c := 0; c < 128; c++ {
		t[c] = classRune(rune(c))
	}
	return t
}()

func classRune(r rune) uint8 {
	switch {
	case unicode.Is(tiktokenLetters, r):
		return classLetter
	case unicode.Is(tiktokenNumbers, r):
		return classNumber
	case unicode.Is(unicode.White_Space, r):
		return classSpace
	}
	return classOther
}

// classAt returns the class of the character at s[p] and its width in
// bytes. Each byte of an invalid sequence is a one-byte classOther symbol.
func classAt(s string, p int) (uint8, int) {
	if c := s[p]; c < utf8.RuneSelf {
		return asciiClass[c], 1
	}
	r, w := utf8.DecodeRuneInString(s[p:])
	if r == utf8.RuneError {
		return classOther, w
	}
	return classRune(r), w
}

// scanRun returns the end of the run of characters of class cls that
// continues at p.
func scanRun(s string, p int, cls uint8) int {
	for p < len(s) {
		c := s[p]
		if c < utf8.RuneSelf {
			if asciiClass[c] != cls {
				return p
			}
			p++
			continue
		}
		k, w := classAt(s, p)
		if k != cls {
			return p
		}
		p += w
	}
	return p
}

// nextPiece returns the end of the pre-token that starts at s[p], with
// p < len(s). It follows the alternatives of GPT2Pattern in order, as a
// backtracking regex engine (leftmost-first) does.
func nextPiece(s string, p int) int {
	c := s[p]
	// 's|'t|'re|'ve|'m|'ll|'d (case-sensitive)
	if c == '\'' && p+1 < len(s) {
		switch s[p+1] {
		case 's', 't', 'm', 'd':
			return p + 2
		case 'r':
			if p+2 < len(s) && s[p+2] == 'e' {
				return p + 3
			}
		case 'v':
			if p+2 < len(s) && s[p+2] == 'e' {
				return p + 3
			}
		case 'l':
			if p+2 < len(s) && s[p+2] == 'l' {
				return p + 3
			}
		}
	}
	// ' ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+' with the optional space.
	if c == ' ' && p+1 < len(s) {
		if k, w := classAt(s, p+1); k != classSpace {
			return scanRun(s, p+1+w, k)
		}
	}
	k, w := classAt(s, p)
	if k != classSpace {
		return scanRun(s, p+w, k)
	}
	// \s+(?!\S)|\s+ : a run of whitespace. Followed by a non-space, the
	// first alternative backtracks to leave the run's last character
	// (which then starts the next piece, e.g. " word"); a run of one
	// character falls to \s+ and is taken whole.
	last := p
	q := p + w
	for q < len(s) {
		k, w := classAt(s, q)
		if k != classSpace {
			break
		}
		last = q
		q += w
	}
	if q < len(s) && last > p {
		return last
	}
	return q
}

// PreTokenize splits text into the pieces GPT-2's pattern (GPT2Pattern)
// finds; BPE then encodes each piece on its own. Concatenating the pieces
// gives back text exactly, for any input: invalid UTF-8 bytes are kept,
// each treated as a symbol that is neither letter, number nor space.
func PreTokenize(text string) []string {
	var pieces []string
	for p := 0; p < len(text); {
		e := nextPiece(text, p)
		pieces = append(pieces, text[p:e])
		p = e
	}
	return pieces
}

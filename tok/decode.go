package tok

import (
	"fmt"
	"unicode/utf8"
	"unsafe"
)

// badID is the error for a token id the tokenizer does not have; pos is
// the id's index in the input, or -1.
func (t *BPE) badID(id, pos int) error {
	return idError(id, pos, len(t.tokens))
}

func idError(id, pos, size int) error {
	where := ""
	if pos >= 0 {
		where = fmt.Sprintf(" at position %d", pos)
	}
	if id < 0 || id >= size {
		return fmt.Errorf("tok: token id %d%s is out of range [0, %d)", id, where, size)
	}
	return fmt.Errorf("tok: token id %d%s is not assigned to any token", id, where)
}

// DecodeBytes returns the bytes the tokens stand for, which need not be
// valid UTF-8 (a token may hold part of a character). An id the tokenizer
// does not have is an error naming it.
func (t *BPE) DecodeBytes(ids []int) ([]byte, error) {
	short := t.short
	out := make([]byte, 4*len(ids)+shortLen)
	n := 0
	for i, id := range ids {
		if uint(id) >= uint(len(short)) {
			return nil, t.badID(id, i)
		}
		e := &short[id]
		if e.n > shortLen || n+shortLen > len(out) {
			// Long token, invalid id or buffer full: the slow path.
			if !t.valid[id] {
				return nil, t.badID(id, i)
			}
			tok := t.tokens[id]
			if n+len(tok)+shortLen > len(out) {
				out = append(out[:n], make([]byte, len(out)+len(tok)+shortLen)...)
				out = out[:cap(out)]
			}
			n += copy(out[n:], tok)
			continue
		}
		// Copy all 16 bytes (the buffer has room), keep e.n of them.
		*(*[shortLen]byte)(out[n : n+shortLen]) = e.b
		n += int(e.n)
	}
	return out[:n], nil
}

// shortLen is the size of the fixed copies DecodeBytes makes of tokens.
const shortLen = 16

// shortToken is a token's bytes padded to shortLen; n is its length, or
// shortLen+1 when the token is longer or the id unassigned.
type shortToken struct {
	b [shortLen]byte
	n uint8
}

func buildShort(tokens []string, valid []bool) []shortToken {
	short := make([]shortToken, len(tokens))
	for id, tok := range tokens {
		if !valid[id] || len(tok) > shortLen {
			short[id].n = shortLen + 1
			continue
		}
		copy(short[id].b[:], tok)
		short[id].n = uint8(len(tok))
	}
	return short
}

// Decode returns the text the tokens stand for. Byte sequences that are
// not valid UTF-8 become U+FFFD, one per maximal invalid subsequence (as
// Python's errors="replace" does); an id the tokenizer does not have is an
// error naming it.
func (t *BPE) Decode(ids []int) (string, error) {
	b, err := t.DecodeBytes(ids)
	if err != nil {
		return "", err
	}
	if len(b) > 0 && utf8.Valid(b) {
		// b is ours alone and never changes again: no need to copy it.
		return unsafe.String(&b[0], len(b)), nil
	}
	return toValidUTF8(b), nil
}

// TokenString returns the text of one token for display: its bytes, with
// any that are not valid UTF-8 on their own replaced by U+FFFD.
func (t *BPE) TokenString(id int) (string, error) {
	b, err := t.TokenBytes(id)
	if err != nil {
		return "", err
	}
	return toValidUTF8(b), nil
}

func toValidUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	return string(appendValidUTF8(nil, b))
}

// seqPrefix returns how many leading bytes of b form a valid prefix of a
// UTF-8 sequence (0 if b[0] cannot start one) and how long the complete
// sequence is.
func seqPrefix(b []byte) (n, need int) {
	c := b[0]
	lo, hi := byte(0x80), byte(0xBF) // range of the second byte
	switch {
	case c < 0x80:
		return 1, 1
	case c >= 0xC2 && c <= 0xDF:
		need = 2
	case c >= 0xE0 && c <= 0xEF:
		need = 3
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	case c >= 0xF0 && c <= 0xF4:
		need = 4
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return 0, 1
	}
	n = 1
	for n < need && n < len(b) {
		x := b[n]
		if n == 1 && (x < lo || x > hi) || n > 1 && (x < 0x80 || x > 0xBF) {
			break
		}
		n++
	}
	return n, need
}

// appendValidUTF8 appends b to dst with each maximal invalid subsequence
// replaced by U+FFFD.
func appendValidUTF8(dst, b []byte) []byte {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			dst = append(dst, b[i])
			i++
			continue
		}
		n, need := seqPrefix(b[i:])
		if n == need {
			dst = append(dst, b[i:i+n]...)
			i += n
			continue
		}
		dst = append(dst, "\uFFFD"...)
		i += max(n, 1)
	}
	return dst
}

// incompleteTail returns how many bytes at the end of b are the start of
// a valid UTF-8 sequence still waiting for its last bytes.
func incompleteTail(b []byte) int {
	for k := 1; k <= 3 && k <= len(b); k++ {
		c := b[len(b)-k]
		if c >= 0x80 && c < 0xC0 {
			continue // continuation byte: look further back
		}
		if n, need := seqPrefix(b[len(b)-k:]); n == k && need > k {
			return k
		}
		return 0
	}
	return 0
}

// TokenByteSource is a tokenizer that can give the bytes of a single token;
// StreamDecoder needs one.
type TokenByteSource interface {
	TokenBytes(id int) ([]byte, error)
}

// StreamDecoder turns tokens into text one at a time, as a model generates
// them. A character split across tokens is held back until its last byte
// arrives, so every piece of text returned is valid UTF-8 and the pieces
// concatenate to what Decode gives for all the tokens.
type StreamDecoder struct {
	src     TokenByteSource
	pending []byte
}

// NewStreamDecoder returns a StreamDecoder for tokens of t.
func NewStreamDecoder(t TokenByteSource) *StreamDecoder {
	return &StreamDecoder{src: t}
}

// Add takes the next tokens and returns the text they complete (possibly
// ""). A bad id is an error naming it; the tokens before it are kept.
func (d *StreamDecoder) Add(ids ...int) (string, error) {
	for _, id := range ids {
		b, err := d.src.TokenBytes(id)
		if err != nil {
			return d.ready(), err
		}
		d.pending = append(d.pending, b...)
	}
	return d.ready(), nil
}

// ready returns the pending bytes except an incomplete final character.
func (d *StreamDecoder) ready() string {
	cut := len(d.pending) - incompleteTail(d.pending)
	if cut == 0 {
		return ""
	}
	s := toValidUTF8(d.pending[:cut])
	d.pending = append(d.pending[:0], d.pending[cut:]...)
	return s
}

// Flush returns the bytes still held back (an unfinished character, which
// becomes U+FFFD) and empties the decoder.
func (d *StreamDecoder) Flush() string {
	s := toValidUTF8(d.pending)
	d.pending = d.pending[:0]
	return s
}

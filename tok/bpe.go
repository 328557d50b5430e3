package tok

import (
	"fmt"
	"sort"
	"strings"
)

// BPE is a byte-level byte-pair-encoding tokenizer in the GPT-2 family:
// text is split by the GPT-2 pre-tokenizer (PreTokenize), each piece's
// bytes become single-byte tokens, and adjacent tokens are merged in order
// of rank until no merge applies. A BPE is safe for concurrent use.
//
// Two merge rules exist in the wild and agree almost always. When the
// vocabulary is laid out as GPT-2's is (ids 0..255 the single bytes in
// bytes_to_unicode order, id 256+r the token made by merge r, nothing
// else), BPE follows tiktoken: the pair whose concatenation has the lowest
// id merges first, and a piece that is itself a token is taken whole; this
// gives ids identical to tiktoken's gpt2 encoding. Otherwise it follows
// Hugging Face tokenizers: the adjacent pair with the lowest merge rank
// merges first. Ties go to the leftmost pair in both.
type BPE struct {
	vocab   map[string]int32 // token bytes -> id (ordinary tokens)
	tokens  []string         // id -> bytes; special tokens included
	valid   []bool           // id is assigned
	short   []shortToken     // tokens padded for fast decoding
	byteID  [256]int32       // id of each single-byte token
	pairs   map[uint64]uint64
	merges  [][2]int32 // in rank order
	byRank  bool       // tiktoken rule (see type comment)
	special map[string]int32
	// specials sorted by length, longest first, for matching.
	specialByLen   []string
	isSpecial      []bool
	addPrefixSpace bool // HF ByteLevel add_prefix_space
	wholeFirst     bool // HF ignore_merges: a piece that is a token is taken whole
	cache          *pieceCache
}

const noRank = int32(1<<31 - 1)

func pairKey(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// newBPE builds a tokenizer from raw-byte tokens, merges in rank order and
// special tokens. All ids must be distinct; every byte needs a token; each
// merge's parts and result must be tokens.
func newBPE(vocab map[string]int, merges [][2]string, special map[string]int) (*BPE, error) {
	t := &BPE{
		vocab:   make(map[string]int32, len(vocab)),
		pairs:   make(map[uint64]uint64, len(merges)),
		special: make(map[string]int32, len(special)),
		cache:   newPieceCache(),
	}
	size := 0
	for tok, id := range vocab {
		if id < 0 || id >= 1<<30 {
			return nil, fmt.Errorf("tok: token %q has id %d out of range", tok, id)
		}
		size = max(size, id+1)
	}
	for tok, id := range special {
		if id < 0 || id >= 1<<30 {
			return nil, fmt.Errorf("tok: special token %q has id %d out of range", tok, id)
		}
		if tok == "" {
			return nil, fmt.Errorf("tok: special token with id %d is empty", id)
		}
		size = max(size, id+1)
	}
	t.tokens = make([]string, size)
	t.valid = make([]bool, size)
	t.isSpecial = make([]bool, size)
	assign := func(tok string, id int) error {
		if t.valid[id] {
			return fmt.Errorf("tok: id %d is given to both %q and %q", id, t.tokens[id], tok)
		}
		t.valid[id] = true
		t.tokens[id] = tok
		return nil
	}
	for tok, id := range vocab {
		if tok == "" {
			return nil, fmt.Errorf("tok: token with id %d is empty", id)
		}
		if err := assign(tok, id); err != nil {
			return nil, err
		}
		t.vocab[tok] = int32(id)
	}
	for tok, id := range special {
		if old, ok := t.vocab[tok]; ok && int(old) == id {
			// Listed as both an ordinary and a special token (as HF files
			// do): it is special.
			delete(t.vocab, tok)
		} else if err := assign(tok, id); err != nil {
			return nil, err
		}
		t.special[tok] = int32(id)
		t.isSpecial[id] = true
		t.specialByLen = append(t.specialByLen, tok)
	}
	sort.Slice(t.specialByLen, func(i, j int) bool {
		a, b := t.specialByLen[i], t.specialByLen[j]
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return a < b
	})
	for b := 0; b < 256; b++ {
		id, ok := t.vocab[string([]byte{byte(b)})]
		if !ok {
			return nil, fmt.Errorf("tok: vocabulary has no token for byte 0x%02X (%q in the byte-level alphabet)", b, byteToRune[b])
		}
		t.byteID[b] = id
	}
	for r, m := range merges {
		a, okA := t.vocab[m[0]]
		b, okB := t.vocab[m[1]]
		c, okC := t.vocab[m[0]+m[1]]
		switch {
		case !okA:
			return nil, fmt.Errorf("tok: merge %d (%q %q): %q is not in the vocabulary", r, byteLevelEncode(m[0]), byteLevelEncode(m[1]), byteLevelEncode(m[0]))
		case !okB:
			return nil, fmt.Errorf("tok: merge %d (%q %q): %q is not in the vocabulary", r, byteLevelEncode(m[0]), byteLevelEncode(m[1]), byteLevelEncode(m[1]))
		case !okC:
			return nil, fmt.Errorf("tok: merge %d (%q %q): the merged token %q is not in the vocabulary", r, byteLevelEncode(m[0]), byteLevelEncode(m[1]), byteLevelEncode(m[0]+m[1]))
		}
		k := pairKey(a, b)
		if _, dup := t.pairs[k]; dup {
			continue // the first (lowest-rank) occurrence wins
		}
		t.pairs[k] = uint64(r)<<32 | uint64(uint32(c))
		t.merges = append(t.merges, [2]int32{a, b})
	}
	t.byRank = t.gpt2Layout(merges)
	t.short = buildShort(t.tokens, t.valid)
	return t, nil
}

// gpt2Layout reports whether ids equal tiktoken ranks: the 256 bytes in
// bytes_to_unicode order, then one token per merge in merge order.
func (t *BPE) gpt2Layout(merges [][2]string) bool {
	if len(t.vocab) != 256+len(merges) {
		return false
	}
	for i, b := range byteOrder {
		if t.byteID[b] != int32(i) {
			return false
		}
	}
	for r, m := range merges {
		if t.vocab[m[0]+m[1]] != int32(256+r) {
			return false
		}
	}
	return true
}

// VocabSize returns the number of token ids, special tokens included:
// every id in [0, VocabSize()) that names a token decodes.
func (t *BPE) VocabSize() int { return len(t.tokens) }

// TokenBytes returns the bytes of token id (for a special token, its text).
func (t *BPE) TokenBytes(id int) ([]byte, error) {
	if id < 0 || id >= len(t.tokens) || !t.valid[id] {
		return nil, t.badID(id, -1)
	}
	return []byte(t.tokens[id]), nil
}

// TokenID returns the id of the token whose bytes are s (ordinary or
// special), and whether there is one.
func (t *BPE) TokenID(s string) (int, bool) {
	if id, ok := t.special[s]; ok {
		return int(id), true
	}
	id, ok := t.vocab[s]
	return int(id), ok
}

// SpecialTokens returns the special tokens (such as "<|endoftext|>") and
// their ids.
func (t *BPE) SpecialTokens() map[string]int {
	m := make(map[string]int, len(t.special))
	for s, id := range t.special {
		m[s] = int(id)
	}
	return m
}

// NumMerges returns the number of merge rules.
func (t *BPE) NumMerges() int { return len(t.merges) }

// Encode encodes text as ordinary text: a special token's text such as
// "<|endoftext|>" is encoded like any other characters (tiktoken's
// encode_ordinary). Encode never fails; invalid UTF-8 is encoded byte for
// byte, so Decode gives the same bytes back.
func (t *BPE) Encode(text string) []int {
	return t.appendOrdinary(make([]int, 0, len(text)/4+4), text)
}

// EncodeSpecial encodes text, turning each occurrence of an allowed special
// token into its id; the rest is encoded as by Encode. With no names, all
// of the tokenizer's special tokens are allowed. Naming a special token the
// tokenizer does not have is an error.
func (t *BPE) EncodeSpecial(text string, allowed ...string) ([]int, error) {
	allow := t.specialByLen
	if len(allowed) > 0 {
		allow = nil
		for _, s := range allowed {
			if _, ok := t.special[s]; !ok {
				return nil, fmt.Errorf("tok: %q is not a special token of this tokenizer (it has %s)", s, t.specialList())
			}
			allow = append(allow, s)
		}
		sort.SliceStable(allow, func(i, j int) bool { return len(allow[i]) > len(allow[j]) })
	}
	ids := make([]int, 0, len(text)/4+4)
	splitSpecial(text, allow,
		func(seg string) { ids = t.appendOrdinary(ids, seg) },
		func(sp string) { ids = append(ids, int(t.special[sp])) })
	return ids, nil
}

// splitSpecial calls ordinary with each stretch of text between
// occurrences of specials (sorted longest first, so the longest wins where
// two start at the same place), and special with each occurrence.
func splitSpecial(text string, specials []string, ordinary, special func(string)) {
	// next[k] is where specials[k] next occurs at or after pos (-1: never
	// again); each is searched for again only once pos passes it, so many
	// special tokens in a long text stay linear.
	next := make([]int, len(specials))
	for k, s := range specials {
		next[k] = strings.Index(text, s)
	}
	pos := 0
	for {
		best := -1
		for k, at := range next {
			if at >= 0 && (best < 0 || at < next[best]) {
				best = k
			}
		}
		if best < 0 {
			break
		}
		at := next[best]
		if at > pos {
			ordinary(text[pos:at])
		}
		special(specials[best])
		pos = at + len(specials[best])
		for k, s := range specials {
			if next[k] >= 0 && next[k] < pos {
				if i := strings.Index(text[pos:], s); i >= 0 {
					next[k] = pos + i
				} else {
					next[k] = -1
				}
			}
		}
	}
	if pos < len(text) {
		ordinary(text[pos:])
	}
}

func (t *BPE) specialList() string {
	if len(t.specialByLen) == 0 {
		return "none"
	}
	s := append([]string(nil), t.specialByLen...)
	sort.Strings(s)
	return fmt.Sprintf("%q", s)
}

// appendOrdinary pre-tokenizes text and appends each piece's tokens.
func (t *BPE) appendOrdinary(ids []int, text string) []int {
	if text == "" {
		return ids
	}
	if t.addPrefixSpace && text[0] != ' ' {
		text = " " + text
	}
	var sc scratch
	for p := 0; p < len(text); {
		e := nextPiece(text, p)
		ids = t.appendPiece(ids, text[p:e], &sc)
		p = e
	}
	return ids
}

// appendPiece appends the tokens of one pre-token.
func (t *BPE) appendPiece(ids []int, piece string, sc *scratch) []int {
	if t.byRank || t.wholeFirst {
		if id, ok := t.vocab[piece]; ok {
			return append(ids, int(id))
		}
	}
	if len(piece) == 1 {
		return append(ids, int(t.byteID[piece[0]]))
	}
	if len(piece) <= maxCachedPiece {
		if cached, ok := t.cache.get(piece); ok {
			for _, id := range cached {
				ids = append(ids, int(id))
			}
			return ids
		}
	}
	var out []int32
	switch {
	case len(piece) > heapThreshold:
		out, _ = t.mergeHeap(piece, sc.out[:0])
	case t.byRank:
		out = t.mergeByRank(piece, sc)
	default:
		out = t.mergeByPair(piece, sc)
	}
	sc.out = out
	if len(piece) <= maxCachedPiece {
		t.cache.put(piece, out)
	}
	for _, id := range out {
		ids = append(ids, int(id))
	}
	return ids
}

// String describes the tokenizer in one line (a BPE prints this way in a
// session rather than as its 50 000-entry tables).
func (t *BPE) String() string {
	rule := "Hugging Face merge rule"
	if t.byRank {
		rule = "tiktoken merge rule"
	}
	return fmt.Sprintf("tok.BPE{vocab: %d, merges: %d, special: %s, %s}", len(t.tokens), len(t.merges), t.specialList(), rule)
}

package tok

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// EndOfText is GPT-2's special token separating documents (id 50256).
const EndOfText = "<|endoftext|>"

// GPT2 loads the GPT-2 tokenizer from dir, which must hold OpenAI's
// encoder.json and vocab.bpe, or the same data as Hugging Face's
// vocab.json and merges.txt, or a Hugging Face tokenizer.json.
func GPT2(dir string) (*BPE, error) {
	exists := func(name string) bool {
		_, err := os.Stat(filepath.Join(dir, name))
		return err == nil
	}
	if st, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("tok: GPT-2 tokenizer directory: %w", err)
	} else if !st.IsDir() {
		return nil, fmt.Errorf("tok: GPT-2 tokenizer: %s is not a directory", dir)
	}
	for _, pair := range [][2]string{{"encoder.json", "vocab.bpe"}, {"vocab.json", "merges.txt"}} {
		a, b := exists(pair[0]), exists(pair[1])
		switch {
		case a && b:
			return LoadGPT2Files(filepath.Join(dir, pair[0]), filepath.Join(dir, pair[1]))
		case a && !exists("tokenizer.json"):
			return nil, fmt.Errorf("tok: %s has %s but not %s beside it", dir, pair[0], pair[1])
		case b && !exists("tokenizer.json"):
			return nil, fmt.Errorf("tok: %s has %s but not %s beside it", dir, pair[1], pair[0])
		}
	}
	if exists("tokenizer.json") {
		return LoadHF(filepath.Join(dir, "tokenizer.json"))
	}
	return nil, fmt.Errorf("tok: no GPT-2 tokenizer files in %s: need encoder.json and vocab.bpe, vocab.json and merges.txt, or tokenizer.json", dir)
}

// LoadGPT2Files loads a byte-level BPE from a vocabulary (encoder.json or
// vocab.json: token -> id) and a merges file (vocab.bpe or merges.txt).
// Tokens that are neither single bytes nor made by a merge, such as
// "<|endoftext|>", become special tokens.
func LoadGPT2Files(vocabPath, mergesPath string) (*BPE, error) {
	vf, err := os.Open(vocabPath)
	if err != nil {
		return nil, fmt.Errorf("tok: %w", err)
	}
	defer vf.Close()
	mf, err := os.Open(mergesPath)
	if err != nil {
		return nil, fmt.Errorf("tok: %w", err)
	}
	defer mf.Close()
	t, err := ReadGPT2(vf, mf)
	if err != nil {
		return nil, fmt.Errorf("%w (reading %s and %s)", err, vocabPath, mergesPath)
	}
	return t, nil
}

// ReadGPT2 is LoadGPT2Files for readers.
func ReadGPT2(vocab, merges io.Reader) (*BPE, error) {
	var enc map[string]int
	if err := json.NewDecoder(bufio.NewReader(vocab)).Decode(&enc); err != nil {
		return nil, fmt.Errorf("tok: vocabulary JSON: %w", err)
	}
	ms, err := readMerges(merges)
	if err != nil {
		return nil, err
	}
	return fromByteLevel(enc, ms, nil)
}

// readMerges parses merges.txt / vocab.bpe: an optional "#version" line,
// then one merge per line as two space-separated tokens.
func readMerges(r io.Reader) ([][2]string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	var ms [][2]string
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if s == "" || (line == 1 && strings.HasPrefix(s, "#version")) {
			continue
		}
		a, b, ok := strings.Cut(s, " ")
		if !ok || a == "" || b == "" || strings.Contains(b, " ") {
			return nil, fmt.Errorf("tok: merges line %d: want two tokens separated by one space, got %q", line, s)
		}
		ms = append(ms, [2]string{a, b})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("tok: merges line %d: %w", line+1, err)
	}
	return ms, nil
}

// fromByteLevel builds a BPE from tokens and merges written in the
// byte-level alphabet. special lists tokens known to be special (their
// text is taken literally); other vocabulary entries that are neither a
// byte nor a merge result are special too.
func fromByteLevel(enc map[string]int, merges [][2]string, special map[string]int) (*BPE, error) {
	made := make(map[string]bool, len(merges))
	raw := make([][2]string, len(merges))
	for i, m := range merges {
		a, err := byteLevelDecode(m[0])
		if err != nil {
			return nil, fmt.Errorf("tok: merge %d (%q %q): %w", i, m[0], m[1], err)
		}
		b, err := byteLevelDecode(m[1])
		if err != nil {
			return nil, fmt.Errorf("tok: merge %d (%q %q): %w", i, m[0], m[1], err)
		}
		raw[i] = [2]string{a, b}
		made[m[0]+m[1]] = true
	}
	vocab := make(map[string]int, len(enc))
	specials := make(map[string]int)
	for s, id := range special {
		specials[s] = id
	}
	for s, id := range enc {
		if _, ok := special[s]; ok {
			continue
		}
		b, err := byteLevelDecode(s)
		if err != nil {
			return nil, fmt.Errorf("tok: vocabulary token %q (id %d): %w", s, id, err)
		}
		if len(b) != 1 && !made[s] {
			specials[s] = id
			continue
		}
		vocab[b] = id
	}
	return newBPE(vocab, raw, specials)
}

// hfFile is the part of a Hugging Face tokenizer.json that byte-level BPE
// uses.
type hfFile struct {
	Version     string          `json:"version"`
	AddedTokens []hfAddedToken  `json:"added_tokens"`
	Normalizer  json.RawMessage `json:"normalizer"`
	PreTok      json.RawMessage `json:"pre_tokenizer"`
	Model       struct {
		Type                    string          `json:"type"`
		Vocab                   map[string]int  `json:"vocab"`
		Merges                  json.RawMessage `json:"merges"`
		ContinuingSubwordPrefix *string         `json:"continuing_subword_prefix"`
		EndOfWordSuffix         *string         `json:"end_of_word_suffix"`
		IgnoreMerges            bool            `json:"ignore_merges"`
	} `json:"model"`
}

type hfAddedToken struct {
	ID      int    `json:"id"`
	Content string `json:"content"`
	Special bool   `json:"special"`
}

type hfPreTok struct {
	Type           string     `json:"type"`
	AddPrefixSpace bool       `json:"add_prefix_space"`
	UseRegex       *bool      `json:"use_regex"`
	PreTokenizers  []hfPreTok `json:"pretokenizers"`
}

// LoadHF loads a Hugging Face tokenizer.json holding a byte-level BPE
// (model type "BPE" with a "ByteLevel" pre-tokenizer, as GPT-2's). Other
// models and pre-tokenizers are reported as unsupported. Added tokens
// become special tokens.
func LoadHF(path string) (*BPE, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("tok: %w", err)
	}
	t, err := ReadHF(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w (in %s)", err, path)
	}
	return t, nil
}

// ReadHF is LoadHF for a reader.
func ReadHF(r io.Reader) (*BPE, error) {
	var f hfFile
	if err := json.NewDecoder(bufio.NewReader(r)).Decode(&f); err != nil {
		return nil, fmt.Errorf("tok: tokenizer.json: %w", err)
	}
	if f.Model.Type != "BPE" && !(f.Model.Type == "" && f.Model.Merges != nil) {
		if f.Model.Type == "" {
			return nil, errors.New("tok: tokenizer.json has no model (want a BPE model)")
		}
		return nil, fmt.Errorf("tok: tokenizer.json model type %q is not supported (want BPE)", f.Model.Type)
	}
	if p := f.Model.ContinuingSubwordPrefix; p != nil && *p != "" {
		return nil, fmt.Errorf("tok: tokenizer.json: continuing_subword_prefix %q is not supported by byte-level BPE", *p)
	}
	if s := f.Model.EndOfWordSuffix; s != nil && *s != "" {
		return nil, fmt.Errorf("tok: tokenizer.json: end_of_word_suffix %q is not supported by byte-level BPE", *s)
	}
	if n := strings.TrimSpace(string(f.Normalizer)); n != "" && n != "null" {
		return nil, fmt.Errorf("tok: tokenizer.json: normalizer %s is not supported", abbreviate(n))
	}
	var pt hfPreTok
	if len(f.PreTok) == 0 || string(f.PreTok) == "null" {
		return nil, errors.New("tok: tokenizer.json has no pre_tokenizer (want ByteLevel)")
	}
	if err := json.Unmarshal(f.PreTok, &pt); err != nil {
		return nil, fmt.Errorf("tok: tokenizer.json pre_tokenizer: %w", err)
	}
	if pt.Type == "Sequence" && len(pt.PreTokenizers) == 1 {
		pt = pt.PreTokenizers[0]
	}
	if pt.Type != "ByteLevel" {
		return nil, fmt.Errorf("tok: tokenizer.json pre_tokenizer %s is not supported (want ByteLevel)", abbreviate(string(f.PreTok)))
	}
	if pt.UseRegex != nil && !*pt.UseRegex {
		return nil, errors.New("tok: tokenizer.json: ByteLevel pre_tokenizer with use_regex false is not supported (only GPT-2's pattern is)")
	}
	merges, err := parseHFMerges(f.Model.Merges)
	if err != nil {
		return nil, err
	}
	special := make(map[string]int)
	for _, a := range f.AddedTokens {
		if a.Content == "" {
			return nil, fmt.Errorf("tok: tokenizer.json: added token with id %d is empty", a.ID)
		}
		special[a.Content] = a.ID
	}
	enc := f.Model.Vocab
	for s, id := range special {
		if old, ok := enc[s]; ok && old != id {
			return nil, fmt.Errorf("tok: tokenizer.json: added token %q has id %d but the vocabulary gives it %d", s, id, old)
		}
	}
	t, err := fromByteLevel(enc, merges, special)
	if err != nil {
		return nil, err
	}
	t.addPrefixSpace = pt.AddPrefixSpace
	if f.Model.IgnoreMerges && !t.byRank {
		t.wholeFirst = true
	}
	return t, nil
}

func parseHFMerges(raw json.RawMessage) ([][2]string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var strs []string
	if err := json.Unmarshal(raw, &strs); err == nil {
		ms := make([][2]string, len(strs))
		for i, s := range strs {
			a, b, ok := strings.Cut(s, " ")
			if !ok || a == "" || b == "" || strings.Contains(b, " ") {
				return nil, fmt.Errorf("tok: tokenizer.json merge %d: want two tokens separated by one space, got %q", i, s)
			}
			ms[i] = [2]string{a, b}
		}
		return ms, nil
	}
	var pairs [][]string
	if err := json.Unmarshal(raw, &pairs); err != nil {
		return nil, fmt.Errorf("tok: tokenizer.json merges: want a list of \"a b\" strings or of [a, b] pairs: %w", err)
	}
	ms := make([][2]string, len(pairs))
	for i, p := range pairs {
		if len(p) != 2 {
			return nil, fmt.Errorf("tok: tokenizer.json merge %d: want 2 tokens, got %d", i, len(p))
		}
		ms[i] = [2]string{p[0], p[1]}
	}
	return ms, nil
}

func abbreviate(s string) string {
	if len(s) > 80 {
		return s[:77] + "..."
	}
	return s
}

// Save writes the tokenizer as a Hugging Face tokenizer.json (model BPE,
// ByteLevel pre-tokenizer and decoder), which LoadHF and the tokenizers
// library read. Vocabulary entries are written in id order.
func (t *BPE) Save(path string) error {
	var buf bytes.Buffer
	if err := t.WriteHF(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("tok: save: %w", err)
	}
	return nil
}

// WriteHF writes the tokenizer.json that Save saves.
func (t *BPE) WriteHF(w io.Writer) error {
	bw := bufio.NewWriter(w)
	// Strings as Hugging Face writes them: no \u003c escapes for <, >, &.
	q := func(s string) string {
		var b strings.Builder
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		enc.Encode(s)
		return strings.TrimSuffix(b.String(), "\n")
	}
	ids := make([]int, 0, len(t.special))
	for _, id := range t.special {
		ids = append(ids, int(id))
	}
	sort.Ints(ids)
	fmt.Fprintf(bw, "{\n  \"version\": \"1.0\",\n  \"truncation\": null,\n  \"padding\": null,\n  \"added_tokens\": [")
	for i, id := range ids {
		if i > 0 {
			bw.WriteString(",")
		}
		fmt.Fprintf(bw, "\n    {\"id\": %d, \"content\": %s, \"single_word\": false, \"lstrip\": false, \"rstrip\": false, \"normalized\": false, \"special\": true}", id, q(t.tokens[id]))
	}
	bl := fmt.Sprintf(`{"type": "ByteLevel", "add_prefix_space": %t, "trim_offsets": true, "use_regex": true}`, t.addPrefixSpace)
	fmt.Fprintf(bw, "\n  ],\n  \"normalizer\": null,\n  \"pre_tokenizer\": %s,\n  \"post_processor\": %s,\n  \"decoder\": %s,\n", bl, bl, bl)
	fmt.Fprintf(bw, "  \"model\": {\n    \"type\": \"BPE\",\n    \"dropout\": null,\n    \"unk_token\": null,\n    \"continuing_subword_prefix\": null,\n    \"end_of_word_suffix\": null,\n    \"fuse_unk\": false,\n    \"byte_fallback\": false,\n    \"ignore_merges\": %t,\n    \"vocab\": {", t.wholeFirst)
	first := true
	for id, s := range t.tokens {
		if !t.valid[id] {
			continue
		}
		if !first {
			bw.WriteString(",")
		}
		first = false
		key := s
		if !t.isSpecial[id] {
			key = byteLevelEncode(s)
		}
		fmt.Fprintf(bw, "\n      %s: %d", q(key), id)
	}
	bw.WriteString("\n    },\n    \"merges\": [")
	for i, m := range t.merges {
		if i > 0 {
			bw.WriteString(",")
		}
		fmt.Fprintf(bw, "\n      %s", q(byteLevelEncode(t.tokens[m[0]])+" "+byteLevelEncode(t.tokens[m[1]])))
	}
	bw.WriteString("\n    ]\n  }\n}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("tok: write tokenizer.json: %w", err)
	}
	return nil
}

// SaveGPT2Files writes the tokenizer as OpenAI's encoder.json and vocab.bpe
// in dir (the layout GPT2 and LoadGPT2Files read, and GPT-2's own
// encoder.py), formatted as the original files are. Special tokens go in
// encoder.json.
func (t *BPE) SaveGPT2Files(dir string) error {
	var enc bytes.Buffer
	enc.WriteByte('{')
	first := true
	for id, s := range t.tokens {
		if !t.valid[id] {
			continue
		}
		if !first {
			enc.WriteString(", ")
		}
		first = false
		if !t.isSpecial[id] {
			s = byteLevelEncode(s)
		}
		writePyJSONString(&enc, s)
		fmt.Fprintf(&enc, ": %d", id)
	}
	enc.WriteByte('}')
	var merges bytes.Buffer
	merges.WriteString("#version: 0.2\n")
	for _, m := range t.merges {
		merges.WriteString(byteLevelEncode(t.tokens[m[0]]))
		merges.WriteByte(' ')
		merges.WriteString(byteLevelEncode(t.tokens[m[1]]))
		merges.WriteByte('\n')
	}
	if err := os.WriteFile(filepath.Join(dir, "encoder.json"), enc.Bytes(), 0o644); err != nil {
		return fmt.Errorf("tok: save: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "vocab.bpe"), merges.Bytes(), 0o644); err != nil {
		return fmt.Errorf("tok: save: %w", err)
	}
	return nil
}

// writePyJSONString writes s as Python's json.dumps does (ensure_ascii).
func writePyJSONString(b *bytes.Buffer, s string) {
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\f':
			b.WriteString(`\f`)
		case r >= ' ' && r <= '~':
			b.WriteRune(r)
		case r > 0xFFFF:
			r -= 0x10000
			fmt.Fprintf(b, `\u%04x\u%04x`, 0xD800+(r>>10), 0xDC00+(r&0x3FF))
		default:
			fmt.Fprintf(b, `\u%04x`, r)
		}
	}
	b.WriteByte('"')
}

package tok

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"unicode/utf8"
)

// UnknownPolicy says what a character-level tokenizer does with a
// character that is not in its vocabulary.
type UnknownPolicy int

const (
	// UnknownReplace encodes an unknown character as the unknown token,
	// an extra id after the characters, which decodes to U+FFFD.
	UnknownReplace UnknownPolicy = iota
	// UnknownSkip drops unknown characters.
	UnknownSkip
)

func (p UnknownPolicy) String() string {
	switch p {
	case UnknownReplace:
		return "replace"
	case UnknownSkip:
		return "skip"
	}
	return fmt.Sprintf("UnknownPolicy(%d)", int(p))
}

// Char is a character-level tokenizer: one token per Unicode character,
// the vocabulary being the distinct characters of a training text sorted
// by code point. It is the baseline the BPE tokenizers are measured
// against. An invalid UTF-8 byte counts as the character U+FFFD.
type Char struct {
	chars   []rune
	ids     map[rune]int
	unknown UnknownPolicy
}

// NewChar builds a character-level tokenizer whose vocabulary is the
// distinct characters of text, with the given policy for characters
// outside it.
func NewChar(text string, unknown UnknownPolicy) *Char {
	seen := make(map[rune]bool)
	for _, r := range text {
		seen[r] = true
	}
	chars := make([]rune, 0, len(seen))
	for r := range seen {
		chars = append(chars, r)
	}
	slices.Sort(chars)
	c, _ := newChar(chars, unknown) // chars are distinct and the policy valid
	return c
}

func newChar(chars []rune, unknown UnknownPolicy) (*Char, error) {
	if unknown != UnknownReplace && unknown != UnknownSkip {
		return nil, fmt.Errorf("tok: unknown-character policy %d is not one of UnknownReplace, UnknownSkip", int(unknown))
	}
	c := &Char{chars: chars, ids: make(map[rune]int, len(chars)), unknown: unknown}
	for i, r := range chars {
		if _, dup := c.ids[r]; dup {
			return nil, fmt.Errorf("tok: character %q appears twice in the vocabulary", r)
		}
		c.ids[r] = i
	}
	return c, nil
}

// Chars returns the vocabulary: the character of each id.
func (c *Char) Chars() []rune { return slices.Clone(c.chars) }

// Unknown returns the policy for characters outside the vocabulary.
func (c *Char) Unknown() UnknownPolicy { return c.unknown }

// UnknownID returns the id of the unknown token, or -1 when the policy is
// UnknownSkip.
func (c *Char) UnknownID() int {
	if c.unknown == UnknownReplace {
		return len(c.chars)
	}
	return -1
}

// VocabSize returns the number of ids: the characters, plus the unknown
// token under UnknownReplace.
func (c *Char) VocabSize() int {
	if c.unknown == UnknownReplace {
		return len(c.chars) + 1
	}
	return len(c.chars)
}

// Encode returns one id per character of text, applying the
// unknown-character policy.
func (c *Char) Encode(text string) []int {
	ids := make([]int, 0, len(text))
	for _, r := range text {
		if id, ok := c.ids[r]; ok {
			ids = append(ids, id)
		} else if c.unknown == UnknownReplace {
			ids = append(ids, len(c.chars))
		}
	}
	return ids
}

// EncodeStrict is Encode that fails on the first character outside the
// vocabulary, naming it and its byte offset.
func (c *Char) EncodeStrict(text string) ([]int, error) {
	ids := make([]int, 0, len(text))
	for i, r := range text {
		id, ok := c.ids[r]
		if !ok {
			if r == utf8.RuneError {
				return nil, fmt.Errorf("tok: byte offset %d: invalid UTF-8 (U+FFFD) is not in the vocabulary", i)
			}
			return nil, fmt.Errorf("tok: byte offset %d: character %q (U+%04X) is not in the vocabulary", i, r, r)
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// Decode returns the characters of ids; the unknown token decodes to
// U+FFFD.
func (c *Char) Decode(ids []int) (string, error) {
	out := make([]byte, 0, len(ids))
	for i, id := range ids {
		r, err := c.char(id, i)
		if err != nil {
			return "", err
		}
		out = utf8.AppendRune(out, r)
	}
	return string(out), nil
}

func (c *Char) char(id, pos int) (rune, error) {
	switch {
	case id >= 0 && id < len(c.chars):
		return c.chars[id], nil
	case id == len(c.chars) && c.unknown == UnknownReplace:
		return utf8.RuneError, nil
	}
	return 0, idError(id, pos, c.VocabSize())
}

// TokenBytes returns the UTF-8 bytes of token id's character.
func (c *Char) TokenBytes(id int) ([]byte, error) {
	r, err := c.char(id, -1)
	if err != nil {
		return nil, err
	}
	return utf8.AppendRune(nil, r), nil
}

const charFileType = "gograd-char"

type charFile struct {
	Type    string   `json:"type"`
	Unknown string   `json:"unknown"`
	Chars   []string `json:"chars"`
}

// Save writes the tokenizer as JSON ({"type": "gograd-char", ...}); Load
// reads it back.
func (c *Char) Save(path string) error {
	f := charFile{Type: charFileType, Unknown: c.unknown.String(), Chars: make([]string, len(c.chars))}
	for i, r := range c.chars {
		f.Chars[i] = string(r)
	}
	data, err := json.MarshalIndent(f, "", " ")
	if err != nil {
		return fmt.Errorf("tok: save: %w", err)
	}
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("tok: save: %w", err)
	}
	return nil
}

func readChar(data []byte) (*Char, error) {
	var f charFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("tok: character tokenizer: %w", err)
	}
	var pol UnknownPolicy
	switch f.Unknown {
	case "replace", "":
		pol = UnknownReplace
	case "skip":
		pol = UnknownSkip
	default:
		return nil, fmt.Errorf("tok: character tokenizer: unknown-character policy %q is not replace or skip", f.Unknown)
	}
	chars := make([]rune, len(f.Chars))
	for i, s := range f.Chars {
		r, n := utf8.DecodeRuneInString(s)
		if n == 0 || n != len(s) {
			return nil, fmt.Errorf("tok: character tokenizer: entry %d (%q) is not one character", i, s)
		}
		chars[i] = r
	}
	return newChar(chars, pol)
}

// String describes the tokenizer in one line.
func (c *Char) String() string {
	const show = 40
	chars := string(c.chars)
	if len(c.chars) > show {
		chars = string(c.chars[:show]) + "…"
	}
	return fmt.Sprintf("tok.Char{vocab: %d, unknown: %s, chars: %q}", c.VocabSize(), c.unknown, chars)
}

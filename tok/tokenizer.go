package tok

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

// Tokenizer turns text into token ids and back. The GPT code takes any
// Tokenizer; *BPE and *Char implement it.
type Tokenizer interface {
	// Encode returns the token ids of text.
	Encode(text string) []int
	// Decode returns the text of ids; an id the tokenizer does not have is
	// an error naming it.
	Decode(ids []int) (string, error)
	// VocabSize returns the number of token ids: ids are in [0, VocabSize()).
	VocabSize() int
	// Save writes the tokenizer to a file that Load reads back.
	Save(path string) error
}

var (
	_ Tokenizer       = (*BPE)(nil)
	_ Tokenizer       = (*Char)(nil)
	_ TokenByteSource = (*BPE)(nil)
	_ TokenByteSource = (*Char)(nil)
)

// Load reads a tokenizer saved by Save: a Hugging Face tokenizer.json
// (byte-level BPE) or a character-level tokenizer.
func Load(path string) (Tokenizer, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("tok: %w", err)
	}
	var probe struct {
		Type  string          `json:"type"`
		Model json.RawMessage `json:"model"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, fmt.Errorf("tok: %s: not a tokenizer file: %w", path, err)
	}
	switch {
	case probe.Type == charFileType:
		c, err := readChar(data)
		if err != nil {
			return nil, fmt.Errorf("%w (in %s)", err, path)
		}
		return c, nil
	case probe.Model != nil:
		t, err := ReadHF(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%w (in %s)", err, path)
		}
		return t, nil
	}
	return nil, fmt.Errorf("tok: %s: not a tokenizer file (neither a Hugging Face tokenizer.json nor a %s file)", path, charFileType)
}

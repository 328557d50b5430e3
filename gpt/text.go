package gpt

import (
	"fmt"
	"strings"

	"github.com/gograd/gograd/tok"
)

// Complete continues the text prompt with up to opt.MaxNewTokens tokens,
// using t to encode the prompt and decode the output, and returns the
// generated text (without the prompt). yield, when not nil, receives the
// text as it is generated; with a byte-level tokenizer (tok.BPE) characters
// split across tokens are held back until complete, so every piece is
// valid UTF-8. yield returning false stops generation.
func (m *Model) Complete(t tok.Tokenizer, prompt string, opt GenerateOptions, yield func(piece string) bool) (string, error) {
	if t == nil {
		return "", fmt.Errorf("gpt: Complete: nil tokenizer")
	}
	if t.VocabSize() > m.Config.VocabSize {
		return "", fmt.Errorf("gpt: Complete: the tokenizer has %d tokens, more than the model's vocab_size %d", t.VocabSize(), m.Config.VocabSize)
	}
	ids := t.Encode(prompt)
	if len(ids) == 0 {
		return "", fmt.Errorf("gpt: Complete: the prompt %q encodes to no tokens", prompt)
	}
	var sb strings.Builder
	var stream *tok.StreamDecoder
	if src, ok := t.(tok.TokenByteSource); ok {
		stream = tok.NewStreamDecoder(src)
	}
	var decodeErr error
	emit := func(piece string) bool {
		sb.WriteString(piece)
		return piece == "" || yield == nil || yield(piece)
	}
	_, err := m.Generate(ids, opt, func(id int) bool {
		var piece string
		if stream != nil {
			piece, decodeErr = stream.Add(id)
		} else {
			piece, decodeErr = t.Decode([]int{id})
		}
		if decodeErr != nil {
			return false
		}
		return emit(piece)
	})
	if err == nil {
		err = decodeErr
	}
	if stream != nil {
		emit(stream.Flush())
	}
	if err != nil {
		return sb.String(), fmt.Errorf("gpt: Complete: %w", err)
	}
	return sb.String(), nil
}

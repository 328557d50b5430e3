package tok

import (
	"fmt"
	"html"
	"strings"
	"unicode/utf8"
)

// NamedTokenizer is a tokenizer with the name Compare shows for it.
type NamedTokenizer struct {
	Name      string
	Tokenizer Tokenizer
}

// Named pairs a name with a tokenizer for Compare.
func Named(name string, t Tokenizer) NamedTokenizer { return NamedTokenizer{name, t} }

// Comparison is how several tokenizers encode one text. It prints as a
// table (String) and shows as HTML in a notebook (DisplayHTML), with each
// token of the text highlighted.
type Comparison struct {
	Text  string
	Chars int // characters (runes) in Text
	Bytes int
	Rows  []ComparisonRow
}

// ComparisonRow is one tokenizer's result in a Comparison.
type ComparisonRow struct {
	Name          string
	VocabSize     int
	IDs           []int
	Pieces        []string // each token's text, for display
	TokensPerChar float64
	CharsPerToken float64
	// FewerThanFirst is how many times fewer tokens this tokenizer needs
	// than the first one (the baseline): 6.74 means 6.74x fewer.
	FewerThanFirst float64
}

// Compare encodes text with each tokenizer and returns the token counts,
// tokens per character, and each tokenizer's tokens. The first tokenizer
// is the baseline the others are compared against.
func Compare(text string, tokenizers ...NamedTokenizer) Comparison {
	c := Comparison{Text: text, Chars: utf8.RuneCountInString(text), Bytes: len(text)}
	for _, nt := range tokenizers {
		ids := nt.Tokenizer.Encode(text)
		r := ComparisonRow{Name: nt.Name, VocabSize: nt.Tokenizer.VocabSize(), IDs: ids}
		r.Pieces = tokenPieces(nt.Tokenizer, ids)
		if c.Chars > 0 {
			r.TokensPerChar = float64(len(ids)) / float64(c.Chars)
		}
		if len(ids) > 0 {
			r.CharsPerToken = float64(c.Chars) / float64(len(ids))
		}
		c.Rows = append(c.Rows, r)
	}
	for i := range c.Rows {
		if n := len(c.Rows[i].IDs); n > 0 {
			c.Rows[i].FewerThanFirst = float64(len(c.Rows[0].IDs)) / float64(n)
		}
	}
	return c
}

// tokenPieces renders each token's text; bytes that are not valid UTF-8
// on their own (part of a character split across tokens) show as <0xNN>.
func tokenPieces(t Tokenizer, ids []int) []string {
	out := make([]string, len(ids))
	src, ok := t.(TokenByteSource)
	for i, id := range ids {
		if !ok {
			s, err := t.Decode([]int{id})
			if err != nil {
				s = "?"
			}
			out[i] = s
			continue
		}
		b, err := src.TokenBytes(id)
		if err != nil {
			out[i] = "?"
			continue
		}
		var sb strings.Builder
		for len(b) > 0 {
			r, w := utf8.DecodeRune(b)
			if r == utf8.RuneError && w <= 1 {
				fmt.Fprintf(&sb, "<0x%02X>", b[0])
				b = b[1:]
				continue
			}
			sb.Write(b[:w])
			b = b[w:]
		}
		out[i] = sb.String()
	}
	return out
}

// visible makes whitespace in a token visible.
func visible(s string) string {
	return strings.NewReplacer(" ", "␣", "\n", "↵", "\t", "⇥", "\r", "␍").Replace(s)
}

const maxShownTokens = 200

// String renders the comparison as a text table followed by the first
// tokens of each tokenizer.
func (c Comparison) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d characters, %d bytes\n", c.Chars, c.Bytes)
	fmt.Fprintf(&b, "%-12s %10s %10s %12s %12s %10s\n", "tokenizer", "vocab", "tokens", "tokens/char", "chars/token", "fewer")
	for _, r := range c.Rows {
		fmt.Fprintf(&b, "%-12s %10d %10d %12.3f %12.2f %9.2fx\n", r.Name, r.VocabSize, len(r.IDs), r.TokensPerChar, r.CharsPerToken, r.FewerThanFirst)
	}
	for _, r := range c.Rows {
		fmt.Fprintf(&b, "\n%s tokens:", r.Name)
		for i, p := range r.Pieces {
			if i == maxShownTokens {
				fmt.Fprintf(&b, " … (%d more)", len(r.Pieces)-i)
				break
			}
			fmt.Fprintf(&b, " [%s]", visible(p))
		}
		fmt.Fprintf(&b, "\n%s ids:", r.Name)
		for i, id := range r.IDs {
			if i == maxShownTokens {
				b.WriteString(" …")
				break
			}
			fmt.Fprintf(&b, " %d", id)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// DisplayHTML renders the comparison as an HTML table and each
// tokenizer's tokens as coloured spans (token id on hover), for notebooks.
func (c Comparison) DisplayHTML() string {
	var b strings.Builder
	b.WriteString(`<div class="gograd-tok-compare">`)
	fmt.Fprintf(&b, `<p>%d characters, %d bytes</p>`, c.Chars, c.Bytes)
	b.WriteString(`<table><thead><tr><th>tokenizer</th><th>vocab</th><th>tokens</th><th>tokens/char</th><th>chars/token</th><th>fewer tokens</th></tr></thead><tbody>`)
	for _, r := range c.Rows {
		fmt.Fprintf(&b, `<tr><td>%s</td><td>%d</td><td>%d</td><td>%.3f</td><td>%.2f</td><td>%.2f&times;</td></tr>`,
			html.EscapeString(r.Name), r.VocabSize, len(r.IDs), r.TokensPerChar, r.CharsPerToken, r.FewerThanFirst)
	}
	b.WriteString(`</tbody></table>`)
	colors := []string{"#fde68a", "#bfdbfe", "#bbf7d0", "#fecaca", "#ddd6fe", "#fbcfe8"}
	for _, r := range c.Rows {
		fmt.Fprintf(&b, `<p><b>%s</b> (%d tokens)</p><div style="font-family:monospace;white-space:pre-wrap;line-height:1.8">`, html.EscapeString(r.Name), len(r.IDs))
		for i, p := range r.Pieces {
			if i == maxShownTokens {
				fmt.Fprintf(&b, ` … (%d more)`, len(r.Pieces)-i)
				break
			}
			fmt.Fprintf(&b, `<span title="%d" style="background:%s;border-radius:2px;margin-right:1px;display:inline-block;text-align:center">%s<br><sub style="color:#555">%d</sub></span>`,
				r.IDs[i], colors[i%len(colors)], html.EscapeString(visible(p)), r.IDs[i])
		}
		b.WriteString(`</div>`)
	}
	b.WriteString(`</div>`)
	return b.String()
}

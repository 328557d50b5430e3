package repl

import (
	"strings"
	"unicode/utf8"
)

// completer answers readline's Tab with the session's completions. The
// lines of a cell gathered so far are part of the code it sees, so names
// declared earlier in an unfinished function complete too.
type completer struct{ r *repl }

func (c *completer) Do(line []rune, pos int) ([][]rune, int) {
	if pos > len(line) {
		pos = len(line)
	}
	if pos == 0 || line[pos-1] == ' ' || line[pos-1] == '\t' {
		// Tab after blank space indents or aligns (as in pasted code).
		return [][]rune{[]rune("\t")}, 0
	}
	s := c.r.session()
	if s == nil {
		return nil, 0
	}
	prefix := ""
	if c.r.acc.pending() {
		prefix = c.r.acc.text() + "\n"
	}
	off := utf8.RuneCountInString(prefix)
	return completions(s, prefix+string(line), off, pos)
}

// completions turns a session Completion into readline's form: the
// suffixes that extend the word before the cursor, and that word's length.
func completions(s Session, code string, off, pos int) ([][]rune, int) {
	comp := s.Complete(code, off+pos)
	start := comp.Start - off
	if start < 0 || start > pos {
		return nil, 0
	}
	runes := []rune(code)
	typed := string(runes[off+start : off+pos])
	seen := map[string]bool{}
	var out [][]rune
	for _, m := range comp.Matches {
		if !strings.HasPrefix(m, typed) || seen[m] {
			continue
		}
		seen[m] = true
		out = append(out, []rune(m[len(typed):]))
	}
	return out, pos - start
}

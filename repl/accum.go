package repl

import (
	"go/scanner"
	"go/token"
	"strings"
)

// Completeness of a piece of input, as Session.IsComplete reports it.
const (
	statusComplete   = "complete"
	statusIncomplete = "incomplete"
	statusInvalid    = "invalid"
)

// scanCompleteness is a lexical fallback for IsComplete: input is
// incomplete while a bracket, a raw string or a block comment is open, or
// when the last token is one that cannot end a statement (a binary
// operator, a comma, a dot). More closers than openers is invalid. It is
// used when the session cannot answer, and to tell a user's deliberate
// empty line from one inside a pasted function body.
func scanCompleteness(code string) (status string, depth int) {
	fset := token.NewFileSet()
	src := []byte(code)
	file := fset.AddFile("", fset.Base(), len(src))
	var s scanner.Scanner
	var unterminated, invalid bool
	s.Init(file, src, func(_ token.Position, msg string) {
		switch {
		case strings.Contains(msg, "raw string literal not terminated"),
			strings.Contains(msg, "comment not terminated"):
			unterminated = true
		default:
			invalid = true
		}
	}, scanner.ScanComments)
	last := token.ILLEGAL
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		switch tok {
		case token.LPAREN, token.LBRACK, token.LBRACE:
			depth++
		case token.RPAREN, token.RBRACK, token.RBRACE:
			depth--
			if depth < 0 {
				invalid = true
			}
		case token.COMMENT:
			continue
		case token.SEMICOLON:
			if lit == "\n" {
				// An automatic semicolon: keep what came before it.
				continue
			}
		}
		last = tok
	}
	switch {
	case unterminated:
		// An open raw string or comment counts as one more open bracket.
		return statusIncomplete, max(depth, 0) + 1
	case invalid || depth < 0:
		return statusInvalid, depth
	case depth > 0:
		return statusIncomplete, depth
	}
	switch last {
	case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.AND, token.OR,
		token.XOR, token.SHL, token.SHR, token.AND_NOT, token.LAND, token.LOR,
		token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ,
		token.ASSIGN, token.DEFINE, token.ADD_ASSIGN, token.SUB_ASSIGN, token.MUL_ASSIGN,
		token.QUO_ASSIGN, token.REM_ASSIGN, token.AND_ASSIGN, token.OR_ASSIGN,
		token.XOR_ASSIGN, token.SHL_ASSIGN, token.SHR_ASSIGN, token.AND_NOT_ASSIGN,
		token.COMMA, token.PERIOD, token.ARROW, token.COLON:
		return statusIncomplete, depth
	}
	return statusComplete, depth
}

// accumulator gathers input lines into one cell. A cell is ready when the
// completeness check says it is complete or invalid (so the user sees the
// compiler's error at once); while it says incomplete, input continues.
//
// Interactively, an empty line ends incomplete input early: at once when no
// bracket is open (a dangling operator, say); when braces are open, if it
// was typed rather than pasted (typed says so, where the terminal lets us
// tell), or as the second empty line in a row. So pasting a function whose
// body holds empty lines still works. Scripts (piped input) end cells only
// by completeness and at EOF.
type accumulator struct {
	isComplete  func(code string) (status, indent string)
	interactive bool
	// typed reports whether the line just read was typed by a person, not
	// part of a paste; nil when that cannot be known.
	typed func() bool

	lines []string
	blank int // consecutive empty lines at the end of lines
}

// pending reports whether a cell has been started.
func (a *accumulator) pending() bool { return len(a.lines) > 0 }

// text is the input gathered so far.
func (a *accumulator) text() string { return strings.Join(a.lines, "\n") }

// reset drops the gathered input (Ctrl-C).
func (a *accumulator) reset() { a.lines, a.blank = nil, 0 }

// add appends one line. When the cell is ready it returns it (without
// trailing empty lines) and starts over; otherwise ok is false and the
// caller asks for another line.
func (a *accumulator) add(line string) (cell string, ok bool) {
	line = strings.TrimRight(line, "\r")
	if len(a.lines) == 0 && strings.TrimSpace(line) == "" {
		return "", false
	}
	a.lines = append(a.lines, line)
	if strings.TrimSpace(line) == "" {
		a.blank++
	} else {
		a.blank = 0
	}
	code := a.text()
	if len(a.lines) == 1 && IsMeta(line) {
		m, err := ParseMeta(line)
		if err != nil || m.Name != "time" {
			return a.take(), true
		}
	}
	status := a.status(code)
	switch {
	case status != statusIncomplete:
		return a.take(), true
	case a.interactive && a.blank > 0:
		_, depth := scanCompleteness(metaBody(code))
		if depth <= 0 || a.blank >= 2 || (a.typed != nil && a.typed()) {
			return a.take(), true
		}
	}
	return "", false
}

// flush returns whatever is gathered (at EOF).
func (a *accumulator) flush() (cell string, ok bool) {
	if !a.pending() {
		return "", false
	}
	return a.take(), true
}

func (a *accumulator) take() string {
	cell := strings.TrimRight(a.text(), " \t\r\n")
	a.reset()
	return cell
}

// status judges code. What the lexical check calls incomplete (an open
// bracket, raw string or comment, or a last token that cannot end a
// statement) always is; otherwise the session, the authority on Go syntax,
// decides, with the lexical verdict as the fallback when it has no answer.
// A ":time" command is judged by its statement.
func (a *accumulator) status(code string) string {
	body := metaBody(code)
	lex, _ := scanCompleteness(body)
	if lex == statusIncomplete {
		return statusIncomplete
	}
	if a.isComplete != nil {
		switch st, _ := a.isComplete(body); st {
		case statusComplete, statusIncomplete, statusInvalid:
			return st
		}
	}
	return lex
}

// metaBody strips a leading ":time " so that its statement can be judged.
func metaBody(code string) string {
	t := strings.TrimLeft(code, " \t")
	if !strings.HasPrefix(t, ":") {
		return code
	}
	word, rest, _ := strings.Cut(t[1:], " ")
	if spec, ok := lookupMeta(strings.ToLower(word)); ok && spec.name == "time" {
		return rest
	}
	return code
}

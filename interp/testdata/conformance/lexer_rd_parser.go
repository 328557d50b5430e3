// Code generated from lexer_rd_parser.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// A small tokenizer + recursive-descent parser for arithmetic with
// variables, reporting errors as values with positions.
//
//line testdata/conformance/lexer_rd_parser.gos/_.go:1:1
type TokKind int

const (
	TNum TokKind = iota
	TIdent
	TOp
	TLParen
	TRParen
	TEOF
)

func (k TokKind) String() string {
	return [...]string{"Num", "Ident", "Op", "(", ")", "EOF"}[k]
}

type Token struct {
	Kind TokKind
	Text string
	Pos  int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("pos %d: %s", e.Pos, e.Msg) }

var ErrUndefined = errors.New("undefined variable")

func lex(src string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9' || c == '.':
			j := i
			for j < len(src) && (src[j] >= '0' && src[j] <= '9' || src[j] == '.') {
				j++
			}
			toks = append(toks, Token{TNum, src[i:j], i})
			i = j
		case unicode.IsLetter(rune(c)):
			j := i
			for j < len(src) && (unicode.IsLetter(rune(src[j])) || unicode.IsDigit(rune(src[j]))) {
				j++
			}
			toks = append(toks, Token{TIdent, src[i:j], i})
			i = j
		case strings.ContainsRune("+-*/^", rune(c)):
			toks = append(toks, Token{TOp, string(c), i})
			i++
		case c == '(':
			toks = append(toks, Token{TLParen, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{TRParen, ")", i})
			i++
		default:
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected %q", c)}
		}
	}
	return append(toks, Token{Kind: TEOF, Pos: len(src)}), nil
}

type Parser struct {
	toks []Token
	pos  int
	vars map[string]float64
}

func (p *Parser) peek() Token { return p.toks[p.pos] }

func (p *Parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

// expr := term {(+|-) term}
func (p *Parser) expr() (float64, error) {
	v, err := p.term()
	if err != nil {
		return 0, err
	}
	for t := p.peek(); t.Kind == TOp && (t.Text == "+" || t.Text == "-"); t = p.peek() {
		p.next()
		r, err := p.term()
		if err != nil {
			return 0, err
		}
		if t.Text == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v, nil
}

func (p *Parser) term() (v float64, err error) {
	if v, err = p.power(); err != nil {
		return
	}
	for {
		t := p.peek()
		if t.Kind != TOp || (t.Text != "*" && t.Text != "/") {
			return v, nil
		}
		p.next()
		r, err := p.power()
		if err != nil {
			return 0, err
		}
		if t.Text == "/" {
			if r == 0 {
				return 0, &SyntaxError{t.Pos, "division by zero"}
			}
			v /= r
		} else {
			v *= r
		}
	}
}

func (p *Parser) power() (float64, error) {
	base, err := p.unary()
	if err != nil {
		return 0, err
	}
	if t := p.peek(); t.Kind == TOp && t.Text == "^" {
		p.next()
		exp, err := p.power()
		if err != nil {
			return 0, err
		}
		return math.Pow(base, exp), nil
	}
	return base, nil
}

func (p *Parser) unary() (float64, error) {
	t := p.next()
	switch t.Kind {
	case TOp:
		if t.Text == "-" {
			v, err := p.unary()
			return -v, err
		}
	case TNum:
		v, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			return 0, &SyntaxError{t.Pos, "bad number " + strconv.Quote(t.Text)}
		}
		return v, nil
	case TIdent:
		v, ok := p.vars[t.Text]
		if !ok {
			return 0, fmt.Errorf("at %d: %w: %s", t.Pos, ErrUndefined, t.Text)
		}
		return v, nil
	case TLParen:
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if c := p.next(); c.Kind != TRParen {
			return 0, &SyntaxError{c.Pos, "expected ), got " + c.Kind.String()}
		}
		return v, nil
	}
	return 0, &SyntaxError{t.Pos, fmt.Sprintf("unexpected %v %q", t.Kind, t.Text)}
}

func eval(src string, vars map[string]float64) (float64, error) {
	toks, err := lex(src)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks, vars: vars}
	v, err := p.expr()
	if err == nil && p.peek().Kind != TEOF {
		err = &SyntaxError{p.peek().Pos, "trailing " + p.peek().Kind.String()}
	}
	return v, err
}

func main() {
	vars := map[string]float64{"x": 3, "pi": math.Pi, "r2": 2.5}
	inputs := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"2 ^ 3 ^ 2",
		"-x * -x + 1",
		"pi * r2 ^ 2",
		"10 / (x - 3)",
		"y + 1",
		"1.2.3 + 4",
		"3 $ 4",
		"(1 + 2",
		"4 5",
		"*",
	}
	for _, in := range inputs {
		v, err := eval(in, vars)
		var se *SyntaxError
		switch {
		case errors.As(err, &se):
			fmt.Printf("%-14s syntax error at %d: %s\n", in, se.Pos, se.Msg)
		case errors.Is(err, ErrUndefined):
			fmt.Printf("%-14s %v\n", in, err)
		case err != nil:
			fmt.Printf("%-14s other: %v\n", in, err)
		default:
			fmt.Printf("%-14s = %.6g\n", in, v)
		}
	}
	toks, _ := lex("a1 + (2)")
	fmt.Println(toks)
	fmt.Printf("%v %+v\n", toks[0].Kind, toks[2])
}

// Code generated from calculator_parser.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

//line testdata/conformance/calculator_parser.gos/_.go:1:1
type TokenKind int

const (
	NUM TokenKind = iota
	OP
	LPAREN
	RPAREN
)

type Token struct {
	Kind TokenKind
	Val  string
}

func tokenize(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9' || c == '.':
			j := i
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, s[i:j]})
			i = j
		case strings.ContainsRune("+-*/^%", rune(c)):
			toks = append(toks, Token{OP, string(c)})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "("})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")"})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return toks, nil
}

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *Parser) expr() float64 {
	v := p.term()
	for t := p.peek(); t != nil && t.Kind == OP && (t.Val == "+" || t.Val == "-"); t = p.peek() {
		p.pos++
		if t.Val == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *Parser) term() float64 {
	v := p.factor()
	for t := p.peek(); t != nil && t.Kind == OP && strings.Contains("*/%", t.Val); t = p.peek() {
		p.pos++
		r := p.factor()
		switch t.Val {
		case "*":
			v *= r
		case "/":
			if r == 0 {
				panic(errors.New("division by zero"))
			}
			v /= r
		case "%":
			v = math.Mod(v, r)
		}
	}
	return v
}

func (p *Parser) factor() float64 {
	base := p.unary()
	if t := p.peek(); t != nil && t.Val == "^" {
		p.pos++
		return math.Pow(base, p.factor())
	}
	return base
}

func (p *Parser) unary() float64 {
	t := p.peek()
	if t == nil {
		panic(errors.New("unexpected end"))
	}
	p.pos++
	switch {
	case t.Kind == OP && t.Val == "-":
		return -p.unary()
	case t.Kind == NUM:
		f, err := strconv.ParseFloat(t.Val, 64)
		if err != nil {
			panic(err)
		}
		return f
	case t.Kind == LPAREN:
		v := p.expr()
		if n := p.peek(); n == nil || n.Kind != RPAREN {
			panic(errors.New("missing )"))
		}
		p.pos++
		return v
	}
	panic(fmt.Errorf("unexpected token %q", t.Val))
}

func eval(s string) (res float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks}
	res = p.expr()
	if p.pos != len(toks) {
		return res, fmt.Errorf("trailing tokens after %d", p.pos)
	}
	return res, nil
}

func main() {
	for _, e := range []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "7 % 3 + 0.5", "1 / 0", "(2 + 3", "3 $ 4", "1.2.3 + 1", "2 3", ")"} {
		v, err := eval(e)
		fmt.Printf("%-12s => %g, %v\n", e, v, err)
	}
}

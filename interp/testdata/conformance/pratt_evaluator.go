// Code generated from pratt_evaluator.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// A tiny language: a tokenizer with an iota token kind and String method,
// a Pratt parser producing an AST of interface nodes, and an evaluator
// with variables, function calls and error positions.
//
//line testdata/conformance/pratt_evaluator.gos/_.go:1:1
type Kind int

const (
	EOF Kind = iota
	NUM
	IDENT
	OP
	LPAREN
	RPAREN
	COMMA
)

var kindNames = [...]string{"EOF", "NUM", "IDENT", "OP", "(", ")", ","}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func tokenize(src string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(src); {
		c := rune(src[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(src) && (unicode.IsDigit(rune(src[j])) || src[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, src[i:j], i})
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(src) && (unicode.IsLetter(rune(src[j])) || unicode.IsDigit(rune(src[j]))) {
				j++
			}
			toks = append(toks, Token{IDENT, src[i:j], i})
			i = j
		case strings.ContainsRune("+-*/^%", c):
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(' || c == ')' || c == ',':
			k := map[rune]Kind{'(': LPAREN, ')': RPAREN, ',': COMMA}[c]
			toks = append(toks, Token{k, string(c), i})
			i++
		default:
			return nil, fmt.Errorf("pos %d: unexpected %q", i, c)
		}
	}
	return append(toks, Token{EOF, "", len(src)}), nil
}

type Node interface {
	Eval(env map[string]float64) (float64, error)
}

type Num float64

type Var string

type Unary struct {
	Op string
	X  Node
}

type Binary struct {
	Op   string
	L, R Node
}

type Call struct {
	Fn   string
	Args []Node
}

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }

func (v Var) Eval(env map[string]float64) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("undefined: %s", string(v))
}

func (u Unary) Eval(env map[string]float64) (float64, error) {
	x, err := u.X.Eval(env)
	return -x, err
}

func (b Binary) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case "+":
		return l + r, nil
	case "-":
		return l - r, nil
	case "*":
		return l * r, nil
	case "/":
		if r == 0 {
			return 0, errors.New("division by zero")
		}
		return l / r, nil
	case "%":
		return math.Mod(l, r), nil
	}
	return math.Pow(l, r), nil
}

var funcs = map[string]func(...float64) float64{
	"max":  func(xs ...float64) float64 { return slices.Max(xs) },
	"sqrt": func(xs ...float64) float64 { return math.Sqrt(xs[0]) },
}

func (c Call) Eval(env map[string]float64) (float64, error) {
	f, ok := funcs[c.Fn]
	if !ok {
		return 0, fmt.Errorf("unknown function %s", c.Fn)
	}
	var args []float64
	for _, a := range c.Args {
		v, err := a.Eval(env)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", c.Fn, err)
		}
		args = append(args, v)
	}
	return f(args...), nil
}

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

func (p *Parser) peek() Token { return p.toks[p.pos] }

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}

func (p *Parser) expr(minPrec int) (Node, error) {
	left, err := p.prefix()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		pr, ok := prec[t.Text]
		if t.Kind != OP || !ok || pr < minPrec {
			return left, nil
		}
		p.next()
		next := pr + 1
		if t.Text == "^" {
			next = pr
		}
		right, err := p.expr(next)
		if err != nil {
			return nil, err
		}
		left = Binary{t.Text, left, right}
	}
}

func (p *Parser) prefix() (Node, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		v, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			return nil, fmt.Errorf("pos %d: bad number %s", t.Pos, t.Text)
		}
		return Num(v), nil
	case IDENT:
		if p.peek().Kind != LPAREN {
			return Var(t.Text), nil
		}
		p.next()
		var args []Node
		for p.peek().Kind != RPAREN {
			a, err := p.expr(1)
			if err != nil {
				return nil, err
			}
			args = append(args, a)
			if p.peek().Kind == COMMA {
				p.next()
			}
		}
		p.next()
		return Call{t.Text, args}, nil
	case OP:
		if t.Text == "-" {
			x, err := p.expr(3)
			return Unary{"-", x}, err
		}
	case LPAREN:
		n, err := p.expr(1)
		if err != nil {
			return nil, err
		}
		if c := p.next(); c.Kind != RPAREN {
			return nil, fmt.Errorf("pos %d: want ), got %v %q", c.Pos, c.Kind, c.Text)
		}
		return n, nil
	}
	return nil, fmt.Errorf("pos %d: unexpected %v", t.Pos, t.Kind)
}

func main() {
	env := map[string]float64{"x": 3, "pi": math.Pi}
	for _, src := range []string{
		"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "max(1, x * 4, 7) % 5",
		"sqrt(16) / (x - 3)", "y + 1", "1 + (2", "3 $ 4", "1..2 + 1", "max(1, sqrt(z))", "10 / 4 - pi",
	} {
		toks, err := tokenize(src)
		if err != nil {
			fmt.Printf("%-22s lex error: %v\n", src, err)
			continue
		}
		p := &Parser{toks: toks}
		n, err := p.expr(1)
		if err == nil && p.peek().Kind != EOF {
			err = fmt.Errorf("pos %d: trailing %v", p.peek().Pos, p.peek().Kind)
		}
		if err != nil {
			fmt.Printf("%-22s parse error: %v\n", src, err)
			continue
		}
		v, err := n.Eval(env)
		fmt.Printf("%-22s = %-8.4g err=%v  ast=%v\n", src, v, err, n)
	}
	toks, _ := tokenize("f(a,1)")
	fmt.Println(toks)
	fmt.Printf("%v %d %s\n", NUM, COMMA, Kind(4))
}

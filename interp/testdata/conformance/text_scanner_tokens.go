// Code generated from text_scanner_tokens.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
	"strings"
	"text/scanner"
)

//line testdata/conformance/text_scanner_tokens.gos/_.go:1:1
const src = `x := 3.5 * (y + 42) // comment
name = "quoted \"str\"" + 'c'
if a >= b { return }`

var s scanner.Scanner

var idents []string

var s2 scanner.Scanner

var errs []string

var s3 scanner.Scanner

func main() {
	s.Init(strings.NewReader(src))
	s.Filename = "input"
	counts := map[string]int{}
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		kind := scanner.TokenString(tok)
		if tok > 0 {
			kind = "punct"
		}
		counts[kind]++
		if tok == scanner.Ident {
			idents = append(idents, s.TokenText())
		}
		if tok == scanner.String || tok == scanner.Float || tok == scanner.Char {
			fmt.Printf("%s %s %q\n", s.Position, scanner.TokenString(tok), s.TokenText())
		}
	}
	fmt.Println(idents)
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-8s %d\n", k, counts[k])
	}
	s2.Init(strings.NewReader("a b\nc"))
	s2.Mode = scanner.ScanIdents
	s2.Whitespace = 1<<'\t' | 1<<' '
	for tok := s2.Scan(); tok != scanner.EOF; tok = s2.Scan() {
		fmt.Printf("%q ", s2.TokenText())
	}
	fmt.Println()
	s3.Init(strings.NewReader(`"unterminated`))
	s3.Error = func(s *scanner.Scanner, msg string) { errs = append(errs, msg) }
	for s3.Scan() != scanner.EOF {
	}
	fmt.Println(errs, s3.ErrorCount)
}

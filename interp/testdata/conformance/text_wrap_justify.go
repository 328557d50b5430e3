// Code generated from text_wrap_justify.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text layout: greedy word wrap, full justification, centering and a
// boxed paragraph, all by rune count (non-ASCII words), plus a simple
// hyphen-aware word splitter.
//
//line testdata/conformance/text_wrap_justify.gos/_.go:1:1
const para = `Go est un langage de programmation compilé et concurrent, inspiré de C et Pascal. Il a été développé par Google — à partir d'un concept initial de Robert Griesemer, Rob Pike et Ken Thompson. Naïve façade, coöperation, and résumé-style words stay intact.`

const W = 36

func main() {
	width := func(s string) int { return utf8.RuneCountInString(s) }
	wrap := func(text string, limit int) [][]string {
		var lines [][]string
		var cur []string
		curLen := 0
		for _, w := range strings.Fields(text) {
			wl := width(w)
			if len(cur) > 0 && curLen+1+wl > limit {
				lines = append(lines, cur)
				cur, curLen = nil, 0
			}
			if len(cur) > 0 {
				curLen++
			}
			cur = append(cur, w)
			curLen += wl
		}
		if len(cur) > 0 {
			lines = append(lines, cur)
		}
		return lines
	}
	justify := func(words []string, limit int) string {
		if len(words) == 1 {
			return words[0]
		}
		total := 0
		for _, w := range words {
			total += width(w)
		}
		gaps := len(words) - 1
		spaces := limit - total
		var sb strings.Builder
		for i, w := range words {
			sb.WriteString(w)
			if i < gaps {
				n := spaces / gaps
				if i < spaces%gaps {
					n++
				}
				sb.WriteString(strings.Repeat(" ", n))
			}
		}
		return sb.String()
	}
	center := func(s string, w int) string {
		pad := w - width(s)
		if pad <= 0 {
			return s
		}
		return strings.Repeat(" ", pad/2) + s + strings.Repeat(" ", pad-pad/2)
	}
	lines := wrap(para, W)
	fmt.Println(len(lines), "lines")
	border := "+" + strings.Repeat("-", W+2) + "+"
	fmt.Println(border)
	fmt.Printf("| %s |\n", center("— Go —", W))
	fmt.Println(border)
	for i, l := range lines {
		text := strings.Join(l, " ")
		if i < len(lines)-1 {
			text = justify(l, W)
		}
		fmt.Printf("| %s%s |\n", text, strings.Repeat(" ", W-width(text)))
	}
	fmt.Println(border)
	words := strings.FieldsFunc(para, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-' && r != '\''
	})
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(cmp.Compare(width(b), width(a)), strings.Compare(a, b))
	})
	fmt.Println(words[:4])
	for _, w := range []string{"résumé-style", "d'un", "coöperation"} {
		parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '\'' })
		fmt.Printf("%s -> %q bytes=%d runes=%d upper=%s\n", w, parts, len(w), width(w), strings.ToUpper(w))
	}
	narrow := wrap("a bb ccc dddd eeeee ffffff", 5)
	for _, l := range narrow {
		fmt.Printf("[%-5s]\n", strings.Join(l, " "))
	}
}

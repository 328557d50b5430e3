// Code generated from utf8_text_stats.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	text := "Ça va? Über straße — 東京は晴れ 🌞! naïve café"
	fmt.Println(len(text), utf8.RuneCountInString(text), utf8.ValidString(text))
	classes := map[string]int{}
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r), unicode.Is(unicode.Hiragana, r):
			classes["cjk"]++
		case unicode.IsUpper(r):
			classes["upper"]++
		case unicode.IsLetter(r):
			classes["lower"]++
		case unicode.IsSpace(r):
			classes["space"]++
		case unicode.IsPunct(r):
			classes["punct"]++
		default:
			classes["other"]++
		}
	}
	for _, k := range slices.Sorted(maps.Keys(classes)) {
		fmt.Printf("%s=%d ", k, classes[k])
	}
	fmt.Println()
	for i, r := range "aé東🌞" {
		fmt.Printf("%d:%c(%d bytes, %U) ", i, r, utf8.RuneLen(r), r)
	}
	fmt.Println()
	reverse := func(s string) string {
		rs := []rune(s)
		slices.Reverse(rs)
		return string(rs)
	}
	fmt.Println(reverse("straße 東京"), reverse(""))
	bad := []byte("ok\xffé\xc3")
	for i := 0; i < len(bad); {
		r, size := utf8.DecodeRune(bad[i:])
		fmt.Printf("[%d %q %d]", i, r, size)
		i += size
	}
	fmt.Println(utf8.Valid(bad), []rune(string(bad)), strings.ToValidUTF8(string(bad), "?"))
	last, size := utf8.DecodeLastRuneInString("día")
	fmt.Println(string(last), size, utf8.FullRune([]byte{0xe6, 0x9d}))
	fmt.Println(strings.ToUpper("straße ǆ"), strings.ToLower("İSTANBUL"), strings.Title("x")[:1])
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Σίσυφος", "ΣΊΣΥΦΟΣ"), unicode.SimpleFold('k'))
	trunc := func(s string, n int) string {
		if utf8.RuneCountInString(s) <= n {
			return s
		}
		i := 0
		for j := range s {
			if i == n {
				return s[:j] + "…"
			}
			i++
		}
		return s
	}
	pad := func(s string, w int) string {
		return s + strings.Repeat(".", max(0, w-utf8.RuneCountInString(s)))
	}
	for _, w := range strings.Fields(text) {
		fmt.Printf("|%s|%-8s|%s\n", pad(trunc(w, 4), 6), w, strconv.QuoteToASCII(w))
	}
	buf := []byte("x=")
	buf = utf8.AppendRune(buf, 'λ')
	buf = append(buf, "→y"...)
	fmt.Println(string(buf), len(buf), bytes.Count(buf, nil)-1, bytes.IndexRune(buf, 'y'))
	word := []rune("ñandú")
	word[0] = unicode.ToUpper(word[0])
	fmt.Println(string(word), string(word[1:3]), string(rune(0x1F600)), string(rune(-1)) == "\uFFFD")
	counts := make(map[rune]int)
	for _, r := range "mississippi" {
		counts[r]++
	}
	keys := slices.Sorted(maps.Keys(counts))
	fmt.Printf("%q %v\n", keys, counts['s'])
}

// Code generated from runes_bytes_nonascii.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

var sb strings.Builder

func main() {
	s := "naïve café 日本語 🎉!"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)), len([]byte(s)))
	for i, r := range s {
		if r > 127 {
			fmt.Printf("%d:%c(%d bytes) ", i, r, utf8.RuneLen(r))
		}
	}
	fmt.Println()
	fmt.Println(s[2], s[3], string(s[2]), s[2:4], string(s[2:4]))
	runes := []rune(s)
	fmt.Println(string(runes[2]), string(runes[11:14]), runes[len(runes)-2])
	bs := []byte("héllo")
	bs[0] = 'H'
	fmt.Println(string(bs), bs)
	rev := func(s string) string {
		rs := []rune(s)
		for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
			rs[i], rs[j] = rs[j], rs[i]
		}
		return string(rs)
	}
	fmt.Println(rev(s))
	fmt.Println(strings.IndexRune(s, '日'), strings.Index(s, "café"), strings.IndexByte(s, 'v'))
	fmt.Println(string(rune(65)), string(rune(0x65e5)), string(rune(-1)) == "\uFFFD")
	var r rune = 'é'
	var b byte = 'e'
	fmt.Printf("%T %T %v %v %q %q\n", r, b, r, b, r, b)
	fmt.Printf("%x\n% x\n%+q\n", "日本", "日本", "日本")
	fmt.Println([]byte("€"), []rune("€"), string([]byte{0xe2, 0x82, 0xac}))
	count := map[string]int{}
	for _, r := range "aäaäöa" {
		count[string(r)]++
	}
	fmt.Println(count)
	for _, w := range strings.Fields("über straße élan") {
		rs := []rune(w)
		rs[0] = unicode.ToUpper(rs[0])
		sb.WriteString(string(rs) + " ")
	}
	fmt.Println(strings.TrimSpace(sb.String()))
	trunc := func(s string, n int) string {
		if utf8.RuneCountInString(s) <= n {
			return s
		}
		return string([]rune(s)[:n]) + "…"
	}
	fmt.Println(trunc(s, 8), trunc("short", 8))
	fmt.Println(strings.ToUpper("ß"), strings.ToLower("İ"), len(strings.ToLower("İ")))
	fmt.Println("a" < "b", "Z" < "a", "é" > "z", strings.Compare("日", "本"))
	fmt.Println(s[len(s)-1:], s[7:9] == "é", []byte(s[7:9]))
}

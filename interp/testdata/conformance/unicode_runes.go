// Code generated from unicode_runes.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Hello, 世界! Ünïcödé 🎉"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)))
	for i, r := range "aé世🎉" {
		fmt.Printf("%d:%c(%d,%U) ", i, r, utf8.RuneLen(r), r)
	}
	fmt.Println()
	fmt.Println(s[7:10], string(s[0]), s[7], []byte("é"))
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	fmt.Println(string(rs))
	upper, letters, spaces, other := 0, 0, 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			letters++
		case unicode.IsSpace(r):
			spaces++
		default:
			other++
		}
	}
	fmt.Println(upper, letters, spaces, other)
	fmt.Println(strings.ToUpper(s), strings.Title("go lang"), strings.EqualFold("Straße", "STRASSE"))
	bad := string([]byte{0xff, 'a', 0xc3})
	for i, r := range bad {
		fmt.Print(i, ":", r == utf8.RuneError, " ")
	}
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), strconv.Quote("é\x00"), strconv.QuoteToASCII("世"))
	b := []byte("abc")
	b = utf8.AppendRune(b, '界')
	fmt.Println(b, string(b))
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Printf("%c %d\n", r, size)
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a1b2c3é"))
	var by byte = 'z'
	by -= 25
	fmt.Println(by, string(by), 'a'+1, string(rune('a'+1)))
}

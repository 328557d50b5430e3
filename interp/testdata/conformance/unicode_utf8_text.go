// Code generated from unicode_utf8_text.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

var upper, lower, digits, spaces, punct, other int

func main() {
	text := "Hello, 世界! Ünïcödé ñ 123"
	fmt.Println(len(text), utf8.RuneCountInString(text), utf8.ValidString(text))
	for _, r := range text {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			punct++
		default:
			other++
		}
	}
	fmt.Println(upper, lower, digits, spaces, punct, other)
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Printf("%c %d %U\n", r, size, r)
	r, size = utf8.DecodeLastRuneInString("abc€")
	fmt.Printf("%c %d %x\n", r, size, string(r))
	bad := string([]byte{0xff, 'a', 0xc3})
	fmt.Println(utf8.ValidString(bad), utf8.RuneCountInString(bad))
	for i, r := range bad {
		fmt.Printf("%d:%q(%d) ", i, r, r)
	}
	fmt.Println()
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, 'ß')
	fmt.Println(buf[:n], n, utf8.RuneLen('😀'), utf8.AppendRune(nil, 'é'))
	rot := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) && r < 128 {
			base := 'a'
			if unicode.IsUpper(r) {
				base = 'A'
			}
			return base + (r-base+13)%26
		}
		if unicode.IsDigit(r) {
			return -1
		}
		return r
	}, text)
	fmt.Println(rot)
	fmt.Println(strings.ToUpper(text), strings.ToTitle("ǆ"), unicode.ToUpper('ñ'), string(unicode.ToLower('Ü')))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Ünï", "üNÏ"))
	fields := strings.FieldsFunc("a1b2c33d", unicode.IsDigit)
	fmt.Printf("%q\n", fields)
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('Ж', unicode.Cyrillic, unicode.Greek), unicode.IsPrint('\t'))
}

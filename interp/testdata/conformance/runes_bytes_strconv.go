// Code generated from runes_bytes_strconv.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range s {
		if r > 127 {
			fmt.Printf("%d:%c(%d) ", i, r, utf8.RuneLen(r))
		}
	}
	fmt.Println()
	rs := []rune(s)
	slices.Reverse(rs)
	fmt.Println(string(rs))
	fmt.Println(strings.ToUpper(s), strings.Title("x"), strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, s))
	b := []byte("a,b,,c")
	parts := bytes.Split(b, []byte(","))
	fmt.Println(len(parts), string(bytes.Join(parts, []byte("|"))), bytes.Contains(b, []byte("b,")))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), string(bytes.TrimSpace([]byte("  y  "))))
	n, err := strconv.Atoi("12a")
	fmt.Println(n, err)
	f, _ := strconv.ParseFloat("2.5e3", 64)
	i64, _ := strconv.ParseInt("-ff", 16, 64)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(f, i64, u, err)
	fmt.Println(strconv.Quote("tab\there"), strconv.FormatInt(255, 2), strconv.FormatFloat(1.0/3, 'f', 4, 64))
	bv, _ := strconv.ParseBool("true")
	fmt.Println(bv, strconv.AppendInt([]byte("n="), 42, 10))
	fmt.Println(string(rune(65)), strconv.Itoa(65), fmt.Sprint('A'))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Repeat("ab", 3), strings.Count("cheese", "e"))
	fmt.Println(strings.SplitN("a,b,c,d", ",", 2), strings.TrimLeft("xxhix", "x"), strings.TrimPrefix("prefix-body", "prefix-"))
}

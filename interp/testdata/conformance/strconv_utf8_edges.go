// Code generated from strconv_utf8_edges.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var ne *strconv.NumError

func main() {
	for _, s := range []string{"127", "128", "-128", "0x7f", "0b1010", "0o17", "1_000", "ff", " 1", "9223372036854775808"} {
		v8, err8 := strconv.ParseInt(s, 0, 8)
		v64, err64 := strconv.ParseInt(s, 0, 64)
		fmt.Printf("%-22q int8=%d(%v) int64=%d(%v)\n", s, v8, err8, v64, err64)
	}
	u, err := strconv.ParseUint("ff", 16, 8)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	_, err = strconv.Atoi("12a")
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(errors.Is(err, strconv.ErrRange), err)
	for _, s := range []string{"3.14", "1e400", "-0", "inf", "-Inf", "NaN", "0x1p-2", ".5", "1_0.5", "abc"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, _ := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, float32(f32), strconv.FormatFloat(f32, 'g', -1, 32), strconv.FormatFloat(f32, 'g', -1, 64))
	for _, f := range []float64{0, 1, -1.5, 1e21, 1e20, 123456789.125, 0.000001234, math.Inf(1), math.NaN()} {
		fmt.Printf("%s %s %s %s | %v\n", strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64),
			strconv.FormatFloat(f, 'g', 4, 64), strconv.FormatFloat(f, 'G', -1, 64), f)
	}
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(math.MaxUint64, 36), strconv.Itoa(math.MinInt64))
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "a\"b")
	buf = strconv.AppendBool(buf, true)
	fmt.Println(string(buf))
	fmt.Println(strconv.Quote("héllo\n\x00\u2028"), strconv.QuoteToASCII("héllo ☃"), strconv.QuoteRune('☃'), strconv.QuoteRuneToASCII('\''))
	for _, q := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `"\u00e9"`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("%q %v\n", s, err)
	}
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	s := "héllo, 世界!\xff\xfeok"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError {
			fmt.Printf("[bad byte %#x at %d]", s[i], i)
		} else if size > 1 {
			fmt.Printf("[%c:%d]", r, size)
		}
		i += size
	}
	fmt.Println()
	for i, r := range "a\xffé" {
		fmt.Print(i, ":", r, ":", string(r), " ")
	}
	fmt.Println()
	reverse := func(s string) string {
		rs := []rune(s)
		for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
			rs[i], rs[j] = rs[j], rs[i]
		}
		return string(rs)
	}
	fmt.Println(reverse("Hello, 世界"), reverse(""), []byte(reverse("añb")))
	fmt.Println(utf8.RuneLen('€'), utf8.RuneLen(-1), string(rune(65)), string(rune(-1)), strings.ToValidUTF8(s, "?"))
	rb := utf8.AppendRune(nil, '世')
	r, n := utf8.DecodeLastRune(rb)
	fmt.Println(rb, r, n, utf8.FullRune(rb[:2]), unicode.IsUpper('É'), unicode.ToLower('É') == 'é', strings.ToUpper("straße"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gö", "GÖ"), strings.Title("x"))
}

// Code generated from strconv_errors.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"42", "-17", "abc", "99999999999999999999", "0x1F", " 7", ""}
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		if err != nil {
			fmt.Printf("Atoi(%q): %v\n", in, err)
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Println("  func:", ne.Func, "num:", ne.Num, "range?", errors.Is(err, strconv.ErrRange), "syntax?", errors.Is(ne.Err, strconv.ErrSyntax))
			}
			continue
		}
		fmt.Printf("Atoi(%q) = %d\n", in, n)
	}
	v, err := strconv.ParseInt("0x1F", 0, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("3.14159", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	b, _ = strconv.ParseBool("T")
	fmt.Println(b)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.Quote("héllo\n\"world\""), strconv.QuoteToASCII("héllo"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote("'ab'")
	fmt.Println(err)
	fmt.Println(strconv.Itoa(-0), strconv.AppendInt([]byte("n="), 12, 10), string(strconv.AppendQuote(nil, "x")))
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', 4, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(123.456, 'e', 2, 32))
}

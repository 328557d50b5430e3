// Code generated from strings_text_processing.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

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

// Text utilities over strings, runes and bytes: word wrap, title case,
// slug generation, Caesar shift, run-length encoding, anagram groups,
// palindromes with Unicode, and a simple template substitution.
//
//line testdata/conformance/strings_text_processing.gos/_.go:1:1
func wrap(text string, width int) []string {
	var lines []string
	var line strings.Builder
	for _, w := range strings.Fields(text) {
		if line.Len() > 0 && line.Len()+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, line.String())
			line.Reset()
		}
		if line.Len() > 0 {
			line.WriteByte(' ')
		}
		line.WriteString(w)
	}
	if line.Len() > 0 {
		lines = append(lines, line.String())
	}
	return lines
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func rle(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if j-i > 1 {
			b.WriteString(strconv.Itoa(j - i))
		}
		b.WriteRune(rs[i])
		i = j
	}
	return b.String()
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			rs = append(rs, unicode.ToLower(r))
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

var out strings.Builder

func main() {
	text := "The quick brown fox jumps over the lazy dog; pack my box with five dozen liquor jugs."
	for i, l := range wrap(text, 24) {
		fmt.Printf("%2d |%-24s|\n", i, l)
	}
	for _, s := range []string{"Hello, World!", "  Go 1.22 -- Range over INT  ", "Ünïcödé & Ça va?"} {
		fmt.Printf("%q -> %q\n", s, slug(s))
	}
	fmt.Println(rle("aaabccddddé"), rle(""), rle("xyz"), rle("ééé"))
	for _, s := range []string{"A man, a plan, a canal: Panama", "été", "Go gopher", "Was it a car or a cat I saw?"} {
		fmt.Println(isPalindrome(s), s)
	}
	groups := map[string][]string{}
	for _, w := range strings.Fields("listen silent enlist google inlets banana tinsel") {
		rs := []rune(w)
		slices.Sort(rs)
		key := string(rs)
		groups[key] = append(groups[key], w)
	}
	keys := slices.Sorted(maps.Keys(groups))
	for _, k := range keys {
		if len(groups[k]) > 1 {
			fmt.Println(k, groups[k])
		}
	}
	shift := func(s string, k int) string {
		return strings.Map(func(r rune) rune {
			switch {
			case 'a' <= r && r <= 'z':
				return 'a' + (r-'a'+rune(k)+26)%26
			case 'A' <= r && r <= 'Z':
				return 'A' + (r-'A'+rune(k)+26)%26
			}
			return r
		}, s)
	}
	enc := shift("Attack at Dawn!", 3)
	fmt.Println(enc, shift(enc, -3))
	tmpl := "Dear {name}, your order #{id} ships {when}. {unknown}"
	vals := map[string]string{"name": "Ada", "id": "1042", "when": "today"}
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			out.WriteString(tmpl)
			break
		}
		j := strings.IndexByte(tmpl[i:], '}')
		out.WriteString(tmpl[:i])
		key := tmpl[i+1 : i+j]
		if v, ok := vals[key]; ok {
			out.WriteString(v)
		} else {
			out.WriteString("<" + strings.ToUpper(key) + ">")
		}
		tmpl = tmpl[i+j+1:]
	}
	fmt.Println(out.String())
	fmt.Println(strings.Title("hello wide world"), strings.Repeat("=-", 5), strings.TrimFunc("¡¡Hola!!", unicode.IsPunct))
	fmt.Println(strings.SplitAfter("a,b,c", ","), strings.ContainsAny("hello", "xyz"), strings.IndexRune("chicken", 'k'), strings.LastIndexAny("go gopher", "go"))
	bs := []byte("hello")
	bs[0] = 'J'
	fmt.Println(string(bs), bytes.ToUpper(bs), string(bytes.Title(bs)), bytes.Equal(bs, []byte("Jello")))
}

// Code generated from strings_algos.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func main() {
	isPal := func(s string) bool {
		var rs []rune
		for _, r := range strings.ToLower(s) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				rs = append(rs, r)
			}
		}
		for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
			if rs[i] != rs[j] {
				return false
			}
		}
		return true
	}
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "été", ""} {
		fmt.Printf("%q:%v ", s, isPal(s))
	}
	fmt.Println()
	groups := map[string][]string{}
	for _, w := range strings.Fields("eat tea tan ate nat bat") {
		b := []byte(w)
		sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
		groups[string(b)] = append(groups[string(b)], w)
	}
	keys := make([]string, 0)
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, groups[k])
	}
	caesar := func(s string, k int) string {
		var sb strings.Builder
		for _, r := range s {
			switch {
			case r >= 'a' && r <= 'z':
				sb.WriteRune('a' + (r-'a'+rune(k)+26)%26)
			case r >= 'A' && r <= 'Z':
				sb.WriteRune('A' + (r-'A'+rune(k)+26)%26)
			default:
				sb.WriteRune(r)
			}
		}
		return sb.String()
	}
	enc := caesar("Hello, World!", 3)
	fmt.Println(enc, caesar(enc, -3))
	rle := func(s string) string {
		var out strings.Builder
		for i := 0; i < len(s); {
			j := i
			for j < len(s) && s[j] == s[i] {
				j++
			}
			fmt.Fprintf(&out, "%d%c", j-i, s[i])
			i = j
		}
		return out.String()
	}
	fmt.Println(rle("aaabccddddde"), rle(""))
	fmt.Println(strings.Repeat("=", 10), strings.Title("x"), strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.Compare("a", "b"), strings.Index("chicken", "ken"), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"))
	words := strings.FieldsFunc("a1b22c333", unicode.IsDigit)
	fmt.Println(words, len(words))
}

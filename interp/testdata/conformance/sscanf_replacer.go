// Code generated from sscanf_replacer.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

//line testdata/conformance/sscanf_replacer.gos/_.go:1:1
var name string

var age int

var score float64

var a, b int

var w1, w2 string

var h, m, s int

var sb strings.Builder

func main() {
	n, err := fmt.Sscanf("bob 42 3.5", "%s %d %f", &name, &age, &score)
	fmt.Println(n, err, name, age, score)
	n, err = fmt.Sscanf("10-20", "%d-%d", &a, &b)
	fmt.Println(n, err, a+b)
	n, err = fmt.Sscanf("x-20", "%d-%d", &a, &b)
	fmt.Println(n, err)
	fmt.Sscan("hello   world\n", &w1, &w2)
	fmt.Println(w1, w2)
	fmt.Sscanf("12:34:56", "%d:%d:%d", &h, &m, &s)
	fmt.Println(h*3600 + m*60 + s)
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("a < b && c > d"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "b", "")
	fmt.Println(r2.Replace("aaab"))
	r.WriteString(&sb, "<x>")
	fmt.Println(sb.String(), sb.Len())
	re := regexp.MustCompile(`(?P<key>\w+)=(?P<val>[^;]*);?`)
	for _, m := range re.FindAllStringSubmatch("a=1;bb=two;c=", -1) {
		fmt.Printf("%q ", m[1:])
	}
	fmt.Println(re.SubexpNames(), re.SubexpIndex("val"))
	fmt.Println(re.ReplaceAllString("k=v;x=y", "${val}<-${key} "))
	dates := regexp.MustCompile(`(\d{4})-(\d{2})-(\d{2})`)
	fmt.Println(dates.ReplaceAllStringFunc("on 2024-01-05 and 2023-12-31", func(s string) string {
		p := dates.FindStringSubmatch(s)
		return p[3] + "/" + p[2] + "/" + p[1]
	}))
	fmt.Println(dates.FindStringIndex("xx 2020-02-02"), dates.MatchString("nope"))
	fmt.Println(strings.Fields("  a  b\tc\n"), strings.SplitN("a,b,c,d", ",", 2), strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.Cut("key=value=x", "="))
	before, found := strings.CutPrefix("prefix-body", "prefix-")
	fmt.Println(before, found)
	fmt.Println(strings.Count("cheese", "e"), strings.LastIndex("go gopher", "go"), strings.ContainsAny("hi", "xyz"))
}

// Code generated from regexp_extract.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

func main() {
	logs := `2024-01-05 ERROR disk full on /dev/sda1
2024-01-06 INFO backup done in 35s
2024-01-07 WARN cpu at 93%
2024-01-08 ERROR timeout after 30s`
	lineRe := regexp.MustCompile(`(?m)^(\d{4})-(\d{2})-(\d{2}) (?P<level>[A-Z]+) (.*)$`)
	for _, m := range lineRe.FindAllStringSubmatch(logs, -1) {
		fmt.Printf("%s/%s %-5s %q\n", m[3], m[2], m[lineRe.SubexpIndex("level")], m[5])
	}
	fmt.Println(lineRe.NumSubexp(), lineRe.SubexpNames())
	num := regexp.MustCompile(`\d+`)
	fmt.Println(num.FindAllString(logs, 5))
	fmt.Println(num.FindStringIndex("abc 123 def"))
	fmt.Println(num.ReplaceAllStringFunc("a1b22c333", func(s string) string {
		n, _ := strconv.Atoi(s)
		return strconv.Itoa(n * 2)
	}))
	dur := regexp.MustCompile(`(\d+)s\b`)
	fmt.Println(dur.ReplaceAllString(logs[40:90], "${1} seconds"))
	email := regexp.MustCompile(`^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$`)
	for _, e := range []string{"ann@example.com", "bad@", "x.y@sub.domain.org", "UPPER@CASE.COM"} {
		fmt.Println(e, email.MatchString(e))
	}
	ci := regexp.MustCompile(`(?i)error|warn`)
	fmt.Println(len(ci.FindAllStringIndex(logs, -1)))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	ok, err := regexp.MatchString(`^\w+$`, "hello_world")
	fmt.Println(ok, err)
	fmt.Printf("%q\n", regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ;  d", -1))
	kv := regexp.MustCompile(`(\w+)=(\w+)`)
	tmpl := []byte{}
	for _, sub := range kv.FindAllSubmatchIndex([]byte("a=1 b=2"), -1) {
		tmpl = kv.Expand(tmpl, []byte("$2<-$1;"), []byte("a=1 b=2"), sub)
	}
	fmt.Println(string(tmpl))
	fmt.Println(regexp.QuoteMeta("1+1=2?"), kv.String(), kv.NumSubexp())
	greedy := regexp.MustCompile(`<.+>`)
	lazy := regexp.MustCompile(`<.+?>`)
	fmt.Println(greedy.FindString("<a><b>"), lazy.FindString("<a><b>"))
	fmt.Println(regexp.MustCompile(`^(a+)+$`).MatchString(strings.Repeat("a", 30) + "b"))
}

// Code generated from csv_regexp_logs.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Parsing access logs with regexp named groups, aggregating with
// bytes.Buffer and encoding/csv (quoted fields, custom separator), and
// rewriting text with ReplaceAllStringFunc.
//
//line testdata/conformance/csv_regexp_logs.gos/_.go:1:1
const raw = `10.0.0.1 - [12/Mar/2024:10:01:02] "GET /index.html HTTP/1.1" 200 512
10.0.0.2 - [12/Mar/2024:10:01:05] "POST /api/login HTTP/1.1" 401 64
10.0.0.1 - [12/Mar/2024:10:02:11] "GET /img/logo.png HTTP/1.1" 200 20480
bad line here
10.0.0.3 - [12/Mar/2024:10:03:00] "GET /api/items?id=7 HTTP/1.1" 500 0
10.0.0.2 - [12/Mar/2024:10:03:30] "POST /api/login HTTP/1.1" 200 128`

type Hit struct {
	IP, Method, Path string
	Status, Size     int
}

var hits []Hit

var buf bytes.Buffer

var out bytes.Buffer

func main() {
	re := regexp.MustCompile(`^(?P<ip>[\d.]+) - \[(?P<ts>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+) [^"]+" (?P<status>\d{3}) (?P<size>\d+)$`)
	fmt.Println(re.SubexpNames()[1:], re.NumSubexp(), re.SubexpIndex("status"))
	for i, line := range strings.Split(raw, "\n") {
		m := re.FindStringSubmatch(line)
		if m == nil {
			fmt.Printf("line %d: no match: %q\n", i+1, line)
			continue
		}
		st, _ := strconv.Atoi(m[re.SubexpIndex("status")])
		sz, _ := strconv.Atoi(m[6])
		hits = append(hits, Hit{m[1], m[3], m[4], st, sz})
	}
	w := csv.NewWriter(&buf)
	w.Write([]string{"ip", "request", "status", "note"})
	for _, h := range hits {
		note := ""
		if h.Status >= 400 {
			note = fmt.Sprintf("error, \"%d\"", h.Status)
		}
		w.Write([]string{h.IP, h.Method + " " + h.Path, strconv.Itoa(h.Status), note})
	}
	w.Flush()
	fmt.Print(buf.String())
	fmt.Println("bytes:", buf.Len(), "lines:", bytes.Count(buf.Bytes(), []byte("\n")), w.Error())
	r := csv.NewReader(strings.NewReader(buf.String()))
	recs, err := r.ReadAll()
	fmt.Println(len(recs), err, recs[2][3] == "error, \"401\"", recs[0])
	perIP := map[string]int{}
	for _, rec := range recs[1:] {
		perIP[rec[0]]++
	}
	ips := slices.Sorted(maps.Keys(perIP))
	sw := csv.NewWriter(&out)
	sw.Comma = ';'
	for _, ip := range ips {
		sw.Write([]string{ip, strconv.Itoa(perIP[ip])})
	}
	sw.Flush()
	fmt.Printf("%q\n", out.String())
	bad := csv.NewReader(strings.NewReader("a,b\n\"unclosed,c\n"))
	_, err = bad.ReadAll()
	fmt.Println("csv error:", err)
	lenient := csv.NewReader(strings.NewReader("x;y;z\n# comment\n1;2\n"))
	lenient.Comma = ';'
	lenient.Comment = '#'
	lenient.FieldsPerRecord = -1
	all, err := lenient.ReadAll()
	fmt.Println(all, err)
	ipRe := regexp.MustCompile(`\b(\d+)\.(\d+)\.(\d+)\.(\d+)\b`)
	masked := ipRe.ReplaceAllString(raw[:80], "$1.$2.x.x")
	fmt.Println(masked)
	numRe := regexp.MustCompile(`\d+`)
	fmt.Println(numRe.ReplaceAllStringFunc("a1 b22 c333", func(s string) string { return strconv.Itoa(len(s)) }))
	fmt.Println(numRe.FindAllString("7 apples, 12 pears, 100 plums", 2), numRe.FindAllStringIndex("x9y88", -1))
	paths := regexp.MustCompile(`/api/(\w+)`).FindAllStringSubmatch(raw, -1)
	for _, p := range paths {
		fmt.Print(p[1], " ")
	}
	fmt.Println()
	fmt.Println(regexp.QuoteMeta("a.b*c"), regexp.MustCompile(`(?i)get`).MatchString("xGeT"))
	_, err = regexp.Compile(`a(b`)
	fmt.Println(err)
	fields := bytes.FieldsFunc([]byte("k1=v1;k2=v2;;k3"), func(r rune) bool { return r == ';' })
	for _, f := range fields {
		k, v, found := bytes.Cut(f, []byte("="))
		fmt.Printf("%s:%s:%v ", k, v, found)
	}
	fmt.Println()
}

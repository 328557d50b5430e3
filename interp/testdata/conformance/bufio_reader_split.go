// Code generated from bufio_reader_split.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// bufio.Scanner with custom split functions, bufio.Reader rune and line
// reading, strings.NewReplacer / strings.Map / Cut helpers on a small
// INI-like config.
//
//line testdata/conformance/bufio_reader_split.gos/_.go:1:1
const input = `# settings
[server]
host = example.org
port=8080
 tags = a, b , c

[client]
retries = 3
name = "my client"
bad line
`

type Section struct {
	Name  string
	Keys  map[string]string
	Order []string
}

var sections []*Section

var cur *Section

var out strings.Builder

func main() {
	sc := bufio.NewScanner(strings.NewReader(input))
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			cur = &Section{Name: line[1 : len(line)-1], Keys: map[string]string{}}
			sections = append(sections, cur)
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				fmt.Printf("line %d: no '=' in %q\n", lineNo, line)
				continue
			}
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			if uq, err := strconv.Unquote(v); err == nil {
				v = uq
			}
			cur.Keys[k] = v
			cur.Order = append(cur.Order, k)
		}
	}
	for _, s := range sections {
		fmt.Printf("[%s]\n", s.Name)
		for _, k := range s.Order {
			fmt.Printf("  %-8s %q\n", k, s.Keys[k])
		}
	}
	tags := strings.FieldsFunc(sections[0].Keys["tags"], func(r rune) bool { return r == ',' || r == ' ' })
	fmt.Println(tags, len(tags))
	ws := bufio.NewScanner(strings.NewReader("the  quick\tbrown\n\nfox  "))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		fmt.Print(ws.Text(), "|")
	}
	fmt.Println(n)
	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Text())
	}
	fmt.Println()
	commaSplit := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, bytes.TrimSpace(data[:i]), nil
		}
		if atEOF && len(data) > 0 {
			return len(data), bytes.TrimSpace(data), nil
		}
		return 0, nil, nil
	}
	cs := bufio.NewScanner(strings.NewReader("10, 20,30 ,  40"))
	cs.Split(commaSplit)
	total := 0
	for cs.Scan() {
		v, err := strconv.Atoi(cs.Text())
		if err != nil {
			fmt.Println("err", err)
			continue
		}
		total += v
	}
	fmt.Println("total", total, cs.Err())
	br := bufio.NewReader(strings.NewReader("αβγ line one\nline two\nlast"))
	for i := 0; i < 3; i++ {
		r, size, _ := br.ReadRune()
		fmt.Print(string(r), size, " ")
	}
	fmt.Println()
	for {
		line, err := br.ReadString('\n')
		fmt.Printf("%q err=%v\n", line, err)
		if err == io.EOF {
			break
		}
	}
	rep := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	fmt.Println(rep.Replace("a < b && c > d"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r == '!':
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, World!"))
	if after, ok := strings.CutPrefix("v1.2.3", "v"); ok {
		parts := strings.SplitN(after, ".", 2)
		fmt.Println(parts, len(parts))
	}
	before, found := strings.CutSuffix("report.tar.gz", ".gz")
	fmt.Println(before, found, strings.LastIndex(before, "."), strings.Count("cheese", "e"), strings.Index("chicken", "ken"))
	w := bufio.NewWriterSize(&out, 16)
	for i := range 5 {
		fmt.Fprintf(w, "item-%02d;", i)
	}
	fmt.Println(out.Len() > 0, w.Buffered())
	w.Flush()
	fmt.Println(out.String())
}

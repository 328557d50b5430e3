// Code generated from bufio_scanner_lines.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

//line testdata/conformance/bufio_scanner_lines.gos/_.go:1:1
const doc = `first line
second   line with  spaces

  indented line
last line without newline`

var runes []string

var out strings.Builder

func main() {
	sc := bufio.NewScanner(strings.NewReader(doc))
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		fmt.Printf("%2d %-30q len=%d\n", lineNo, line, len(line))
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	ws := bufio.NewScanner(strings.NewReader(doc))
	ws.Split(bufio.ScanWords)
	counts := map[string]int{}
	total := 0
	for ws.Scan() {
		counts[ws.Text()]++
		total++
	}
	fmt.Println("words:", total, "line:", counts["line"], "distinct:", len(counts))
	rs := bufio.NewScanner(strings.NewReader("añb€"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		runes = append(runes, rs.Text())
	}
	fmt.Printf("%q\n", runes)
	commaSplit := func(data []byte, atEOF bool) (advance int, token []byte, err error) {
		for i, b := range data {
			if b == ',' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
	cs := bufio.NewScanner(strings.NewReader("10,20,x,40"))
	cs.Split(commaSplit)
	sum := 0
	for cs.Scan() {
		n, err := strconv.Atoi(cs.Text())
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		sum += n
	}
	fmt.Println("sum", sum)
	br := bufio.NewReader(strings.NewReader("alpha\nbeta\ngamma"))
	for {
		s, err := br.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err == io.EOF {
			break
		}
	}
	bw := bufio.NewWriter(&out)
	fmt.Fprintf(bw, "buffered %d", 42)
	fmt.Println(out.Len(), bw.Buffered())
	bw.Flush()
	fmt.Println(out.String(), bw.Buffered())
}

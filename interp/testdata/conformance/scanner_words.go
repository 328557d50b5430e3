// Code generated from scanner_words.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

type wc struct {
	w string
	n int
}

var list []wc

var lens []int

var sb strings.Builder

func main() {
	text := `the quick brown fox
jumps over the lazy dog
the end`
	sc := bufio.NewScanner(strings.NewReader(text))
	lineNo := 0
	freq := map[string]int{}
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		for _, w := range strings.Fields(line) {
			freq[w]++
		}
		fmt.Printf("%d: %q\n", lineNo, line)
	}
	if err := sc.Err(); err != nil {
		fmt.Println(err)
	}
	for w, n := range freq {
		list = append(list, wc{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].w < list[j].w
	})
	fmt.Println(list[:3])
	ws := bufio.NewScanner(strings.NewReader("a bb  ccc\n dddd"))
	ws.Split(bufio.ScanWords)
	for ws.Scan() {
		lens = append(lens, len(ws.Text()))
	}
	fmt.Println(lens)
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("go")
	sb.WriteByte('!')
	sb.WriteRune('✓')
	fmt.Println(sb.String(), sb.Len())
}

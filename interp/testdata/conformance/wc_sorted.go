// Code generated from wc_sorted.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
	"strings"
)

type wc struct {
	word  string
	count int
}

var list []wc

func main() {
	text := `the quick brown fox jumps over the lazy dog the fox
a dog is a dog and a fox is a fox`
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[strings.ToLower(w)]++
	}
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for i, e := range list {
		if i >= 6 {
			break
		}
		fmt.Printf("%-6s|%3d|%s\n", e.word, e.count, strings.Repeat("*", e.count))
	}
	fmt.Printf("%v\n%+v\n", list[0], list[:2])
}

// Code generated from word_frequency.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bufio"
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
)

//line testdata/conformance/word_frequency.gos/_.go:1:1
const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.`

type wc struct {
	word  string
	count int
}

func main() {
	freq := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w == "" {
			continue
		}
		freq[w]++
		total++
	}
	list := make([]wc, 0, len(freq))
	for w, c := range freq {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	fmt.Println("total", total, "distinct", len(freq))
	for i, e := range list[:8] {
		bar := strings.Repeat("*", e.count)
		fmt.Printf("%2d. %-12s %2d %s\n", i+1, e.word, e.count, bar)
	}
	byLen := map[int][]string{}
	for w := range freq {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	lens := []int{}
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		ws := byLen[l]
		sort.Strings(ws)
		fmt.Println(l, ws)
	}
	longest := slices.MaxFunc(list, func(a, b wc) int { return cmp.Compare(len(a.word), len(b.word)) })
	fmt.Println("longest:", longest.word)
	letters := [26]int{}
	for _, r := range strings.ToLower(text) {
		if r >= 'a' && r <= 'z' {
			letters[r-'a']++
		}
	}
	maxI := 0
	for i, n := range letters {
		if n > letters[maxI] {
			maxI = i
		}
	}
	fmt.Printf("most common letter %c (%d)\n", 'a'+maxI, letters[maxI])
}

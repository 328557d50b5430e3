// Code generated from string_iteration.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
)

func main() {
	word := "banana"
	counts := map[rune]int{}
	for _, r := range word {
		counts[r]++
	}
	fmt.Println(counts['a'], counts['n'], counts['b'])
	fmt.Println(strings.Count(word, "an"), strings.LastIndex(word, "a"))
}

// Code generated from sort_interface.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
)

//line testdata/conformance/sort_interface.gos/_.go:1:1
type byLen []string

func (s byLen) Len() int { return len(s) }

func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }

func (s byLen) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

func main() {
	words := byLen{"banana", "kiwi", "apple"}
	sort.Sort(words)
	fmt.Println(words)
}

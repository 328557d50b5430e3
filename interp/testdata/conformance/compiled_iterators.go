// Code generated from compiled_iterators.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Compiled iterator functions (strings.SplitSeq, Lines, FieldsSeq,
// sync.Map.Range as a range function) and slices iterators over session
// values.
//
//line testdata/conformance/compiled_iterators.gos/_.go:1:1
type P struct{ X int }

func (p P) String() string { return fmt.Sprintf("P%d", p.X) }

var sm sync.Map

func main() {
	for part := range strings.SplitSeq("a,b,c", ",") {
		fmt.Print(part, ";")
	}
	fmt.Println()
	for l := range strings.Lines("x\ny\n") {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for f := range strings.FieldsSeq(" u  v ") {
		fmt.Print(f, "|")
	}
	fmt.Println()
	ps := []P{{1}, {2}}
	for i, p := range slices.All(ps) {
		fmt.Print(i, p, " ")
	}
	fmt.Println()
	for p := range slices.Values(ps) {
		fmt.Print(p, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(slices.Values(ps)))
	sm.Store(P{1}, "one")
	for k, v := range sm.Range {
		fmt.Println(k, v)
	}
}

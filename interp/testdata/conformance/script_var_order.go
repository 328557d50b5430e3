// Code generated from script_var_order.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

// Variables declared after statements take their values where they stand,
// as in a main function; those a function uses are package-level.
//
//line testdata/conformance/script_var_order.gos/_.go:1:1
var count int

type Acc struct{ N int }

var limit = 10

func within(n int) bool { return n <= limit }

var total int

func main() {
	for i := range 5 {
		count += i
	}
	var double = count * 2
	fmt.Println(count, double)
	acc := &Acc{}
	acc.N += 3
	var snapshot = *acc
	acc.N++
	fmt.Println(snapshot.N, acc.N)
	fmt.Println(within(7), within(12))
	words := []string{"a", "bb", "ccc"}
	for _, w := range words {
		total += len(w)
	}
	var avg = float64(total) / float64(len(words))
	var label = fmt.Sprintf("avg=%.1f", avg)
	fmt.Println(label)
}

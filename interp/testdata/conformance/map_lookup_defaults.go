// Code generated from map_lookup_defaults.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Map lookups with the comma-ok form inside loops: settings with
// defaults, a price list with missing items, reassigning looked-up values,
// per-key slices extended from a lookup, and a memo table.
//
//line testdata/conformance/map_lookup_defaults.gos/_.go:1:1
type Setting struct {
	Value string
	Set   bool
}

var price float64

var known bool

var fib func(int) int

func main() {
	settings := map[string]Setting{
		"host":    {"example.org", true},
		"port":    {"8080", true},
		"verbose": {"", true},
	}
	defaults := map[string]string{"port": "80", "timeout": "30s", "retries": "3"}
	for _, key := range []string{"host", "timeout", "port", "retries", "proxy", "verbose"} {
		s, ok := settings[key]
		d, hasDefault := defaults[key]
		switch {
		case ok:
			fmt.Printf("%-8s = %q (set; default %q %v)\n", key, s.Value, d, hasDefault)
		case hasDefault:
			fmt.Printf("%-8s = %q (default) %+v\n", key, d, s)
		default:
			fmt.Printf("%-8s missing: %+v %q\n", key, s, d)
		}
	}
	prices := map[string]float64{"apple": 0.5, "pear": 0.75, "melon": 3}
	order := []string{"apple", "kiwi", "melon", "plum", "pear"}
	total := 0.0
	for _, item := range order {
		price, known = prices[item]
		if !known {
			fmt.Printf("no price for %s (price=%v)\n", item, price)
			continue
		}
		total += price
	}
	fmt.Printf("total %.2f last=%v/%v\n", total, price, known)
	groups := map[string][]string{}
	for _, w := range strings.Fields("ant bee ape bat cow ant") {
		k := w[:1]
		list, seen := groups[k]
		if !seen {
			fmt.Println("new group", k, len(list), list == nil)
		}
		groups[k] = append(list, w)
	}
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		fmt.Println(k, groups[k])
	}
	memo := map[int]int{0: 0, 1: 1}
	fib = func(n int) int {
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	fmt.Println(fib(60), len(memo))
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		c, _ := counts[r]
		counts[r] = c + 1
	}
	for _, r := range "misp" {
		n, ok := counts[r]
		fmt.Print(string(r), n, ok, " ")
	}
	fmt.Println()
}

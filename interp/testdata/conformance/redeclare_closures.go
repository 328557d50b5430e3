// Code generated from redeclare_closures.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Short variable declarations that reuse a variable of the same scope
// (n, err := ... after n := ...), seen by closures and pointers taken
// before, in an accumulator, a retry loop and a small tokenizer.
//
//line testdata/conformance/redeclare_closures.gos/_.go:1:1
func accumulate(xs []int) (int, int) {
	total := 0
	add := func(x int) { total += x }
	for _, x := range xs {
		add(x)
	}
	total, count := total*2, len(xs)
	add(1)
	return total, count
}

func parsePairs(s string) (map[string]int, []error) {
	out := map[string]int{}
	var errs []error
	key := ""
	record := func(v int) { out[key] = v }
	for _, part := range strings.Split(s, ",") {
		k, v, ok := strings.Cut(part, "=")
		if !ok {
			errs = append(errs, fmt.Errorf("no '=' in %q", part))
			continue
		}
		key, n := strings.TrimSpace(k), 0
		n, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		record(n)
		_ = key
	}
	return out, errs
}

func retry(limit int) []string {
	var log []string
	attempt := 0
	note := func(s string) { log = append(log, fmt.Sprintf("%d:%s", attempt, s)) }
	note("start")
	attempt, ok := attempt+1, attempt >= limit
	note(fmt.Sprint("redeclared ok=", ok))
	for !ok {
		attempt, ok = attempt+1, attempt+1 >= limit
		note("loop")
	}
	return log
}

func counterPair() (func() int, *int) {
	c := 0
	p := &c
	inc := func() int { c++; return c }
	c, base := 10, 0
	_ = base
	return inc, p
}

func main() {
	fmt.Println(accumulate([]int{1, 2, 3}))
	m, errs := parsePairs("a=1, b = 2, c, d=x, e=5")
	fmt.Println(m, len(errs))
	for _, e := range errs {
		fmt.Println(" ", e)
	}
	fmt.Println(retry(3))
	inc, p := counterPair()
	fmt.Println(inc(), inc(), *p)
}

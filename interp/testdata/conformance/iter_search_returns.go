// Code generated from iter_search_returns.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"iter"
	"strings"
)

// Searching with range-over-func: returns with several results (nil
// errors included) from inside iterator loops, defers registered in the
// loop body that run when the function returns, labeled continue/break
// across nested iterator loops, and a panic recovered through one.
//
//line testdata/conformance/iter_search_returns.gos/_.go:1:1
type Record struct {
	ID    int
	Name  string
	Score float64
}

func Records(rs []Record) iter.Seq2[int, Record] {
	return func(yield func(int, Record) bool) {
		for i, r := range rs {
			if !yield(i, r) {
				return
			}
		}
	}
}

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

var ErrNotFound = errors.New("not found")

func findByName(rs []Record, name string) (int, *Record, error) {
	for i, r := range Records(rs) {
		if strings.EqualFold(r.Name, name) {
			return i, &r, nil
		}
	}
	return -1, nil, fmt.Errorf("%q: %w", name, ErrNotFound)
}

func best(rs []Record, min float64) (Record, bool) {
	var top Record
	found := false
	for _, r := range Records(rs) {
		if r.Score < min {
			continue
		}
		if !found || r.Score > top.Score {
			top, found = r, true
		}
	}
	return top, found
}

func audit(rs []Record) (n int) {
	defer func() { fmt.Println("audited", n) }()
	for _, r := range Records(rs) {
		defer fmt.Println("  closing", r.ID)
		n++
	}
	fmt.Println("audit loop done")
	return n * 100
}

func pairs(limit int) []string {
	var out []string
outer:
	for a := range Count(limit) {
		for b := range Count(limit) {
			switch {
			case b > a:
				continue outer
			case a*b > 6:
				break outer
			}
			out = append(out, fmt.Sprintf("%d%d", a, b))
		}
	}
	return out
}

func mustPositive(rs []Record) (msg string) {
	defer func() {
		if e := recover(); e != nil {
			msg = fmt.Sprint("recovered: ", e)
		}
	}()
	for _, r := range Records(rs) {
		if r.Score < 0 {
			panic(fmt.Sprintf("negative score for %s", r.Name))
		}
	}
	return "all positive"
}

func main() {
	rs := []Record{{1, "ann", 71.5}, {2, "Bob", 88}, {3, "cy", -2}, {4, "dee", 93.25}}
	for _, name := range []string{"bob", "Dee", "zed"} {
		i, r, err := findByName(rs, name)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrNotFound), r == nil)
			continue
		}
		fmt.Println(i, *r, err)
	}
	fmt.Println(best(rs, 80))
	fmt.Println(best(rs, 99))
	fmt.Println(audit(rs[:3]))
	fmt.Println(pairs(4))
	fmt.Println(mustPositive(rs))
	fmt.Println(mustPositive(rs[:2]))
}

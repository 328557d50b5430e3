// Code generated from binary_search_funcs.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

// Binary search in sorted data: sort.Search for thresholds,
// slices.BinarySearch(Func) for lookups and insertion points, and a
// hand-written lower bound on a generic slice.
//
//line testdata/conformance/binary_search_funcs.gos/_.go:1:1
type Bracket struct {
	Upto int // inclusive upper income bound
	Rate float64
}

type Event struct {
	At   int
	Name string
}

func lowerBound[T any](xs []T, less func(T) bool) int {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if less(xs[mid]) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func main() {
	brackets := []Bracket{{10000, 0}, {40000, 0.1}, {90000, 0.2}, {200000, 0.3}, {math.MaxInt, 0.45}}
	tax := func(income int) float64 {
		t, prev := 0.0, 0
		for _, b := range brackets {
			if income <= prev {
				break
			}
			top := min(income, b.Upto)
			t += float64(top-prev) * b.Rate
			prev = b.Upto
		}
		return t
	}
	rateFor := func(income int) float64 {
		i := sort.Search(len(brackets), func(i int) bool { return brackets[i].Upto >= income })
		return brackets[i].Rate
	}
	for _, inc := range []int{0, 10000, 10001, 55000, 250000} {
		fmt.Printf("%7d rate %.2f tax %10.2f\n", inc, rateFor(inc), tax(inc))
	}
	events := []Event{{5, "boot"}, {12, "login"}, {12, "mount"}, {30, "sync"}, {44, "logout"}}
	byTime := func(e Event, t int) int { return cmp.Compare(e.At, t) }
	for _, t := range []int{0, 12, 13, 44, 50} {
		i, found := slices.BinarySearchFunc(events, t, byTime)
		fmt.Printf("t=%2d idx=%d found=%t", t, i, found)
		if i < len(events) {
			fmt.Printf(" next=%s", events[i].Name)
		}
		fmt.Println()
	}
	ids := []int{}
	for _, v := range []int{42, 7, 19, 7, 100, 1, 42} {
		i, found := slices.BinarySearch(ids, v)
		if found {
			fmt.Println("dup", v, "at", i)
			continue
		}
		ids = slices.Insert(ids, i, v)
	}
	fmt.Println(ids)
	names := []string{"ada", "bob", "cyd", "eve"}
	i, found := sort.Find(len(names), func(i int) int { return strings.Compare("dan", names[i]) })
	fmt.Println(i, found, sort.SearchStrings(names, "eve"), sort.SearchInts([]int{1, 3, 5}, 4))
	fs := []float64{0.1, 0.25, 0.5, 0.5, 0.75, 1}
	fmt.Println(lowerBound(fs, func(x float64) bool { return x < 0.5 }), lowerBound(fs, func(x float64) bool { return x < 2 }))
	isqrt := func(n int) int {
		return sort.Search(n+1, func(x int) bool { return x*x > n }) - 1
	}
	fmt.Println(isqrt(0), isqrt(15), isqrt(16), isqrt(1<<40))
	bad := 1337
	calls := 0
	first := sort.Search(1<<20, func(v int) bool { calls++; return v >= bad })
	fmt.Println(first, calls)
	hist := []int{3, 0, 5, 2, 10}
	cum := make([]int, len(hist))
	for i, h := range hist {
		cum[i] = h
		if i > 0 {
			cum[i] += cum[i-1]
		}
	}
	for _, p := range []float64{0.1, 0.5, 0.9, 1} {
		target := int(math.Ceil(p * float64(cum[len(cum)-1])))
		b, _ := slices.BinarySearch(cum, target)
		fmt.Printf("p%.0f -> bucket %d ", p*100, b)
	}
	fmt.Println(cum)
}

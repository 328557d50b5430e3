// Code generated from gen_map_filter_reduce.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Generic slice helpers the way users write them: Map, Filter, Reduce,
// with inferred type arguments, function values and chained calls.
//
//line testdata/conformance/gen_map_filter_reduce.gos/_.go:1:1
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

type Person struct {
	Name string
	Age  int
}

func double(x int) int { return 2 * x }

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens, Map(evens, double))
	fmt.Println(Map(nums, strconv.Itoa))
	sum := Reduce(nums, 0, func(a, n int) int { return a + n })
	fmt.Println("sum", sum)
	csv := Reduce(Map(nums[:4], strconv.Itoa), "", func(acc, s string) string {
		if acc == "" {
			return s
		}
		return acc + "," + s
	})
	fmt.Println(csv)
	people := []Person{{"Ann", 31}, {"Bob", 17}, {"Cid", 45}, {"Dee", 17}}
	adults := Filter(people, func(p Person) bool { return p.Age >= 18 })
	fmt.Println(adults, len(adults))
	names := Map(adults, func(p Person) string { return strings.ToUpper(p.Name) })
	fmt.Printf("%q %T\n", names, names)
	total := Reduce(people, 0.0, func(a float64, p Person) float64 { return a + float64(p.Age) })
	fmt.Printf("mean age %.2f\n", total/float64(len(people)))
	byAge := GroupBy(people, func(p Person) int { return p.Age })
	ages := Keys(byAge)
	sort.Ints(ages)
	for _, a := range ages {
		fmt.Println(a, byAge[a])
	}
	lengths := Map(strings.Fields("the quick brown fox"), func(s string) int { return len(s) })
	fmt.Println(lengths, Reduce(lengths, 0, func(a, b int) int { return max(a, b) }))
	sq := Map[int, float64]([]int{1, 2, 3}, func(i int) float64 { return float64(i) / 2 })
	fmt.Println(sq)
}

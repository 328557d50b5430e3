// Code generated from variadic_multi.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
)

//line testdata/conformance/variadic_multi.gos/_.go:1:1
func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func minMax(xs ...int) (lo, hi int) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func apply(f func(...int) (int, int), xs ...int) string {
	a, b := f(xs...)
	return fmt.Sprint(a, "-", b)
}

func main() {
	fmt.Println(join("-"), join("-", "a"), join("/", []string{"x", "y"}...))
	fmt.Println(minMax(4, -2, 9, 0))
	fmt.Println(minMax())
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(9, 4))
	fmt.Println(apply(minMax, 3, 1, 2))
	vals := []any{1, "two", 3.0}
	fmt.Println(vals...)
	fmt.Println(append([]any{"pre"}, vals...)...)
	sum := func(nums ...float64) (total float64) {
		for _, n := range nums {
			total += n
		}
		return
	}
	fmt.Println(sum(), sum(1.5, 2.5))
	var _, second = divmod(10, 3)
	fmt.Println(second)
}

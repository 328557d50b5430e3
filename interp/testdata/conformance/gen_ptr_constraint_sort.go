// Code generated from gen_ptr_constraint_sort.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Generics beyond containers: a pointer-method constraint (PT interface{ *T;
// ... }) to parse into fresh values, recursive generic merge sort, generic
// channel fan-in, generic functions as values, and Zip into generic pairs.
//
//line testdata/conformance/gen_ptr_constraint_sort.gos/_.go:1:1
type Resetter[T any] interface {
	*T
	Reset()
	Load(string) error
}

type Config struct {
	Name  string
	Port  int
	Debug bool
}

func (c *Config) Reset() { *c = Config{Name: "default", Port: 80} }

func (c *Config) Load(s string) error {
	for _, kv := range strings.Split(s, ";") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return fmt.Errorf("bad pair %q", kv)
		}
		switch k {
		case "name":
			c.Name = v
		case "port":
			p, err := strconv.Atoi(v)
			if err != nil {
				return fmt.Errorf("port: %w", err)
			}
			c.Port = p
		case "debug":
			c.Debug = v == "true"
		}
	}
	return nil
}

type Counter struct{ N int }

func (c *Counter) Reset() { c.N = 0 }

func (c *Counter) Load(s string) error { c.N = len(s); return nil }

func Parse[T any, PT Resetter[T]](inputs ...string) ([]T, []error) {
	var out []T
	var errs []error
	for _, in := range inputs {
		var v T
		p := PT(&v)
		p.Reset()
		if err := p.Load(in); err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, v)
	}
	return out, errs
}

func MergeSort[T cmp.Ordered](xs []T) []T {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	l, r := MergeSort(xs[:mid]), MergeSort(xs[mid:])
	out := make([]T, 0, len(xs))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out, l = append(out, l[0]), l[1:]
		} else {
			out, r = append(out, r[0]), r[1:]
		}
	}
	return append(append(out, l...), r...)
}

func Merge[T any](cs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range cs {
		wg.Add(1)
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func From[T any](xs ...T) <-chan T {
	c := make(chan T)
	go func() {
		defer close(c)
		for _, x := range xs {
			c <- x
		}
	}()
	return c
}

var got []string

type Pair[A, B any] struct {
	First  A
	Second B
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func main() {
	cfgs, errs := Parse[Config]("name=api;port=8080", "debug=true", "port=x", "oops")
	fmt.Printf("%+v\n%v\n", cfgs, errs)
	cs, _ := Parse[Counter]("abc", "")
	fmt.Println(cs)
	fmt.Println(MergeSort([]int{5, 2, 9, 1, 5, 6}), MergeSort([]string{"pear", "apple", "fig"}))
	for v := range Merge(From("a", "b"), From("c"), From[string]()) {
		got = append(got, v)
	}
	slices.Sort(got)
	fmt.Println(got)
	isEven := func(n int) bool { return n%2 == 0 }
	nums := []int{1, 3, 4, 7, 8}
	fmt.Println(slices.IndexFunc(nums, isEven), slices.ContainsFunc(nums, isEven))
	cmpInts := cmp.Compare[int]
	slices.SortFunc(nums, func(a, b int) int { return cmpInts(b, a) })
	fmt.Println(nums)
	sorter := MergeSort[float64]
	fmt.Println(sorter([]float64{2.5, -1, 0}))
	z := Zip([]string{"x", "y", "z"}, []int{1, 2})
	fmt.Printf("%v %+v %d\n", z, z[0], len(z))
}

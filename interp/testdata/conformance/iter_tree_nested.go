// Code generated from iter_tree_nested.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

// Hand-written iterators: a recursive in-order walk of a binary tree with
// nested yields, iter.Pull to merge two sorted sequences, deferred cleanup
// on early break, and Seq2 pairs with an index.
//
//line testdata/conformance/iter_tree_nested.gos/_.go:1:1
type Tree[T cmp.Ordered] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) walk(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) { t.walk(yield) }
}

func Merge[T cmp.Ordered](a, b iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		va, oka := na()
		vb, okb := nb()
		for oka || okb {
			if !okb || (oka && va <= vb) {
				if !yield(va) {
					return
				}
				va, oka = na()
			} else {
				if !yield(vb) {
					return
				}
				vb, okb = nb()
			}
		}
	}
}

func Enumerate[T any](s iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range s {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Lines(text string, log *[]string) iter.Seq[string] {
	return func(yield func(string) bool) {
		defer func() { *log = append(*log, "lines closed") }()
		for line := range strings.SplitSeq(text, "\n") {
			if line == "" {
				continue
			}
			if !yield(strings.TrimSpace(line)) {
				*log = append(*log, "consumer stopped")
				return
			}
		}
	}
}

var t1, t2 *Tree[int]

var log []string

func NewWords(ws ...string) []string {
	slices.Sort(ws)
	return ws
}

func main() {
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80} {
		t1 = t1.Insert(v)
	}
	for _, v := range []int{45, 15, 85, 65} {
		t2 = t2.Insert(v)
	}
	fmt.Println(slices.Collect(t1.All()))
	for i, v := range Enumerate(Merge(t1.All(), t2.All())) {
		if v > 65 {
			fmt.Println("break at", i, v)
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	text := "alpha\n  beta\n\ngamma\ndelta\nepsilon\n"
outer:
	for i, l := range Enumerate(Lines(text, &log)) {
		for j, r := range l {
			if r == 'm' {
				fmt.Println("found m in", l, "at", i, j)
				continue outer
			}
			if j > 3 {
				break
			}
		}
		if l == "delta" {
			break outer
		}
		fmt.Println("line", i, l)
	}
	fmt.Println(log)
	count := 0
	for range t1.All() {
		count++
	}
	fmt.Println("count", count)
	words := NewWords("b", "a", "c")
	for w := range Merge(slices.Values(words), slices.Values([]string{"aa", "bb"})) {
		fmt.Print(w, ";")
	}
	fmt.Println()
}

// Code generated from gen_interfaces.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"strings"
)

// Generic interfaces implemented by generic types, a generic alias, a
// recursive binary tree with methods on a nil receiver, %T of the
// receiver inside a generic method.
//
//line testdata/conformance/gen_interfaces.gos/_.go:1:1
type Container[T any] interface {
	Add(T)
	Items() []T
}

type Bag[T any] struct{ xs []T }

func (b *Bag[T]) Add(v T) { b.xs = append(b.xs, v) }

func (b *Bag[T]) Items() []T { return b.xs }

func (b *Bag[T]) Kind() string { return fmt.Sprintf("%T/%T", b, b.xs) }

type Uniq[T comparable] struct {
	seen map[T]bool
	xs   []T
}

func NewUniq[T comparable]() *Uniq[T] { return &Uniq[T]{seen: map[T]bool{}} }

func (u *Uniq[T]) Add(v T) {
	if !u.seen[v] {
		u.seen[v] = true
		u.xs = append(u.xs, v)
	}
}

func (u *Uniq[T]) Items() []T { return u.xs }

func Fill[T any](c Container[T], vs ...T) Container[T] {
	for _, v := range vs {
		c.Add(v)
	}
	return c
}

type Vec[T any] = []T

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

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func (t *Tree[T]) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

var v Vec[int] = Vec[int]{1, 2}

var root *Tree[string]

var nums *Tree[float64]

func main() {
	fmt.Println(v, len(v))
	c := Fill[int](&Bag[int]{}, 1, 2, 3)
	fmt.Println(c.Items())
	u := Fill(Container[string](NewUniq[string]()), "a", "b", "a", "c", "b")
	fmt.Println(u.Items(), len(u.Items()))
	var c2 Container[float64] = &Bag[float64]{}
	c2.Add(1.5)
	fmt.Println(c2.Items())
	fmt.Println((&Bag[string]{}).Kind())
	containers := []Container[int]{&Bag[int]{}, NewUniq[int]()}
	for _, ct := range containers {
		Fill(ct, 3, 3, 4)
		fmt.Println(ct.Items())
	}
	for _, w := range strings.Fields("m c x a d z b") {
		root = root.Insert(w)
	}
	root.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println(root.Height())
	for _, x := range []float64{3.5, -1, 2, 8} {
		nums = nums.Insert(x)
	}
	sum := 0.0
	nums.Walk(func(x float64) { sum += x })
	fmt.Println(sum, nums.Height())
}

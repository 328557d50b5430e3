// Code generated from linked_reverse.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strconv"
	"strings"
)

//line testdata/conformance/linked_reverse.gos/_.go:1:1
type Node struct {
	Val  int
	Next *Node
}

func FromSlice(xs []int) *Node {
	var head *Node
	for i := len(xs) - 1; i >= 0; i-- {
		head = &Node{xs[i], head}
	}
	return head
}

func (n *Node) String() string {
	if n == nil {
		return "nil"
	}
	var parts []string
	for c := n; c != nil; c = c.Next {
		parts = append(parts, strconv.Itoa(c.Val))
	}
	return strings.Join(parts, "->")
}

func Reverse(h *Node) *Node {
	var prev *Node
	for h != nil {
		h, h.Next, prev = h.Next, prev, h
	}
	return prev
}

func ReverseRec(h *Node) *Node {
	if h == nil || h.Next == nil {
		return h
	}
	r := ReverseRec(h.Next)
	h.Next.Next = h
	h.Next = nil
	return r
}

var empty *Node

func main() {
	l := FromSlice([]int{1, 2, 3, 4, 5})
	fmt.Println(l)
	l = Reverse(l)
	fmt.Println(l)
	l = ReverseRec(l)
	fmt.Println(l.String())
	fmt.Println(empty, Reverse(empty))
	fmt.Printf("%v %s\n", l.Next.Next, l)
	slow, fast := l, l
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	fmt.Println("middle", slow.Val)
}

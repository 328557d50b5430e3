// Code generated from callbacks_in_loops.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

//line testdata/conformance/callbacks_in_loops.gos/_.go:1:1
var wg sync.WaitGroup

var mu sync.Mutex

type Node struct {
	Val         int
	Left, Right *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *Node) InOrder(visit func(int)) {
	if n == nil {
		return
	}
	n.Left.InOrder(visit)
	visit(n.Val)
	n.Right.InOrder(visit)
}

var root *Node

var out []int

type Stack struct{ items []string }

func (s *Stack) Push(x string) { s.items = append(s.items, x) }

func (s *Stack) Pop() (string, bool) {
	if len(s.items) == 0 {
		return "", false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

var fired []string

var fmu sync.Mutex

var fwg sync.WaitGroup

func main() {
	res := map[int]int{}
	for i := range 4 {
		wg.Go(func() {
			mu.Lock()
			res[i] = i * i
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println(res)
	done := make(chan bool)
	time.AfterFunc(5*time.Millisecond, func() { done <- true })
	fmt.Println(<-done)
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		root = root.Insert(v)
	}
	root.InOrder(func(v int) { out = append(out, v) })
	fmt.Println(out)
	st := &Stack{}
	for _, w := range strings.Fields("a b c") {
		st.Push(w)
	}
	for {
		x, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Print(x)
	}
	fmt.Println()
	matrix := [][]float64{{1, 2}, {3, 4}}
	for _, row := range matrix {
		for j := range row {
			row[j] *= 2
		}
	}
	fmt.Println(matrix)
	words := map[string][]string{}
	for _, w := range []string{"apple", "avocado", "banana", "blueberry", "cherry"} {
		k := string(w[0])
		words[k] = append(words[k], w)
	}
	fmt.Println(words, len(words["a"]))
	for _, name := range []string{"x", "y", "z"} {
		fwg.Add(1)
		time.AfterFunc(time.Millisecond, func() {
			fmu.Lock()
			fired = append(fired, name)
			fmu.Unlock()
			fwg.Done()
		})
	}
	fwg.Wait()
	sort.Strings(fired)
	fmt.Println(fired)
	for _, shift := range []rune{1, 2} {
		fmt.Print(strings.Map(func(r rune) rune { return r + shift }, "abc"), " ")
	}
	fmt.Println()
}

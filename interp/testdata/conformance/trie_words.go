// Code generated from trie_words.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"slices"
	"strings"
)

//line testdata/conformance/trie_words.gos/_.go:1:1
type trieNode struct {
	children map[rune]*trieNode
	end      bool
	count    int
}

type Trie struct{ root *trieNode }

func NewTrie() *Trie { return &Trie{&trieNode{children: map[rune]*trieNode{}}} }

func (t *Trie) Insert(w string) {
	n := t.root
	for _, r := range w {
		c, ok := n.children[r]
		if !ok {
			c = &trieNode{children: make(map[rune]*trieNode)}
			n.children[r] = c
		}
		c.count++
		n = c
	}
	n.end = true
}

func (t *Trie) find(p string) *trieNode {
	n := t.root
	for _, r := range p {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) WithPrefix(p string) []string {
	var out []string
	var rec func(n *trieNode, acc []rune)
	rec = func(n *trieNode, acc []rune) {
		if n.end {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		slices.Sort(keys)
		for _, r := range keys {
			rec(n.children[r], append(acc, r))
		}
	}
	if n := t.find(p); n != nil {
		rec(n, []rune(p))
	}
	return out
}

func main() {
	tr := NewTrie()
	for _, w := range strings.Fields("car cart carbon cat dog do door dorm café über") {
		tr.Insert(w)
	}
	fmt.Println(tr.WithPrefix("car"))
	fmt.Println(tr.WithPrefix("do"))
	fmt.Println(tr.WithPrefix("ca"), tr.WithPrefix("x") == nil)
	fmt.Println(tr.find("ca").count, tr.find("d").count, tr.find("caf").end)
	fmt.Printf("%q\n", tr.WithPrefix("ü"))
}

// Code generated from markov_text.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
)

type Chain struct {
	order  int
	next   map[string][]string
	starts [][]string
}

func NewChain(order int) *Chain { return &Chain{order: order, next: map[string][]string{}} }

func key(words []string) string { return strings.Join(words, " ") }

func (c *Chain) Train(text string) {
	words := strings.Fields(text)
	for i := 0; i+c.order < len(words); i++ {
		prefix := words[i : i+c.order]
		if i == 0 || words[i-1] == "." {
			c.starts = append(c.starts, slices.Clone(prefix))
		}
		k := key(prefix)
		c.next[k] = append(c.next[k], words[i+c.order])
	}
}

func (c *Chain) Generate(r *rand.Rand, maxWords int) string {
	cur := slices.Clone(c.starts[r.IntN(len(c.starts))])
	out := slices.Clone(cur)
	for len(out) < maxWords {
		choices := c.next[key(cur)]
		if len(choices) == 0 {
			break
		}
		w := choices[r.IntN(len(choices))]
		out = append(out, w)
		if w == "." {
			break
		}
		cur = append(cur[1:], w)
	}
	return strings.Join(out, " ")
}

func main() {
	corpus := `the cat sat on the mat . the dog sat on the log . the cat saw the dog .
a dog and a cat sat on a mat . the end .`
	for _, order := range []int{1, 2} {
		c := NewChain(order)
		c.Train(corpus)
		r := rand.New(rand.NewPCG(7, uint64(order)))
		fmt.Printf("order %d: %d prefixes, %d starts\n", order, len(c.next), len(c.starts))
		for i := range 3 {
			fmt.Printf("  %d: %s\n", i, c.Generate(r, 12))
		}
		type entry struct {
			prefix string
			n      int
			uniq   int
		}
		var stats []entry
		for k, v := range c.next {
			u := map[string]bool{}
			for _, w := range v {
				u[w] = true
			}
			stats = append(stats, entry{k, len(v), len(u)})
		}
		sort.Slice(stats, func(i, j int) bool {
			if stats[i].n != stats[j].n {
				return stats[i].n > stats[j].n
			}
			return stats[i].prefix < stats[j].prefix
		})
		for _, s := range stats[:3] {
			fmt.Printf("  %-8q n=%d uniq=%d\n", s.prefix, s.n, s.uniq)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	perm := r.Perm(6)
	xs := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(perm, xs, r.IntN(100), r.Float64() < 1, r.Uint64()%10)
	freq := map[string]int{}
	for _, w := range strings.Fields(corpus) {
		freq[w]++
	}
	top := slices.SortedFunc(maps.Keys(freq), func(a, b string) int {
		return cmp.Or(cmp.Compare(freq[b], freq[a]), strings.Compare(a, b))
	})
	fmt.Println(top[:4], freq[top[0]])
}

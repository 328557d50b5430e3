// Code generated from arrays_structs_compare.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

// Value semantics of arrays and structs: arrays as map keys and struct
// fields, copies on assignment and range, comparison with ==, anonymous
// structs in tables, multi-dimensional arrays, and slices of arrays.
//
//line testdata/conformance/arrays_structs_compare.gos/_.go:1:1
type Vec [3]int

func (v Vec) Add(o Vec) Vec {
	for i := range v {
		v[i] += o[i]
	}
	return v
}

func (v *Vec) Scale(k int) {
	for i := range v {
		v[i] *= k
	}
}

type Particle struct {
	Pos, Vel Vec
	Tag      [2]string
}

var board [3][3]rune

type P struct{ X, Y int }

func main() {
	a := Vec{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == b, a == Vec{1, 2, 3})
	c := a.Add(Vec{10, 10, 10})
	fmt.Println(a, c)
	c.Scale(2)
	fmt.Println(c)
	ps := []Particle{{Vec{0, 0, 0}, Vec{1, 0, 0}, [2]string{"p", "0"}}, {Vec{5, 5, 5}, Vec{0, -1, 2}, [2]string{"p", "1"}}}
	for _, p := range ps {
		p.Pos = p.Pos.Add(p.Vel)
	}
	fmt.Println(ps[0].Pos, ps[1].Pos)
	for i := range ps {
		ps[i].Pos = ps[i].Pos.Add(ps[i].Vel)
		ps[i].Vel.Scale(3)
	}
	fmt.Printf("%v\n%+v\n", ps[0], ps[1])
	q := ps[1]
	q.Tag[1] = "copy"
	fmt.Println(ps[1].Tag, q.Tag, ps[1] == q, ps[0] != ps[1])
	visited := map[Vec]int{}
	pos := Vec{}
	moves := []Vec{{1, 0, 0}, {0, 1, 0}, {-1, 0, 0}, {0, -1, 0}, {1, 0, 0}}
	for _, m := range moves {
		pos = pos.Add(m)
		visited[pos]++
	}
	keys := slices.Collect(maps.Keys(visited))
	slices.SortFunc(keys, func(x, y Vec) int {
		for i := range x {
			if x[i] != y[i] {
				return cmp.Compare(x[i], y[i])
			}
		}
		return 0
	})
	for _, k := range keys {
		fmt.Print(k, ":", visited[k], " ")
	}
	fmt.Println()
	fmt.Println(visited)
	for i := range board {
		for j := range board[i] {
			board[i][j] = '.'
		}
	}
	board[1][1], board[0][2] = 'X', 'O'
	snapshot := board
	board[2][0] = 'X'
	for i := range board {
		fmt.Println(string(board[i][:]), string(snapshot[i][:]))
	}
	fmt.Println(board == snapshot, len(board), len(board[0]))
	tests := []struct {
		in   string
		want int
		tags []string
	}{
		{"a", 1, nil},
		{"bb", 2, []string{"x"}},
		{"", 0, []string{}},
	}
	for i, tc := range tests {
		got := len(tc.in)
		fmt.Printf("%d %q got=%d ok=%v tags=%v nil=%v\n", i, tc.in, got, got == tc.want, tc.tags, tc.tags == nil)
	}
	fmt.Printf("%v\n%+v\n", tests[1], tests[:2])
	pt := struct{ X, Y int }{1, 2}
	pt2 := struct{ X, Y int }{1, 2}
	fmt.Println(pt == pt2, pt)
	fmt.Println(P(pt) == P{1, 2})
	grid := make([][2]float64, 3)
	for i := range grid {
		grid[i] = [2]float64{float64(i), float64(i * i)}
	}
	g2 := slices.Clone(grid)
	g2[2][1] = -1
	fmt.Println(grid, g2)
	arrPtr := &board
	arrPtr[0][0] = 'Z'
	fmt.Println(string(board[0][:]), len(arrPtr))
	counts := [26]int{}
	for _, r := range "hello world" {
		if r >= 'a' && r <= 'z' {
			counts[r-'a']++
		}
	}
	fmt.Println(counts['l'-'a'], counts['o'-'a'], counts[:5])
}

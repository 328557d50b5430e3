// Code generated from game_of_life.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
)

//line testdata/conformance/game_of_life.gos/_.go:1:1
type Board [][]bool

func NewBoard(rows []string) Board {
	b := make(Board, len(rows))
	for i, r := range rows {
		b[i] = make([]bool, len(r))
		for j, c := range r {
			b[i][j] = c == '#'
		}
	}
	return b
}

func (b Board) Neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr := (r + dr + len(b)) % len(b)
			cc := (c + dc + len(b[0])) % len(b[0])
			if b[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (b Board) Step() Board {
	next := make(Board, len(b))
	for r := range b {
		next[r] = make([]bool, len(b[r]))
		for c := range b[r] {
			n := b.Neighbors(r, c)
			next[r][c] = n == 3 || (n == 2 && b[r][c])
		}
	}
	return next
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, cell := range row {
			if cell {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (b Board) Alive() int {
	n := 0
	for _, row := range b {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return n
}

func main() {
	b := NewBoard([]string{
		"........",
		"..#.....",
		"...#....",
		".###....",
		"........",
		"........",
	})
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("gen %d alive %d\n%v", gen, b.Alive(), b)
		b = b.Step()
	}
	blinker := NewBoard([]string{".....", "..#..", "..#..", "..#..", "....."})
	fmt.Print(blinker.Step().String())
	fmt.Println(blinker.Step().Step().String() == blinker.String())
}

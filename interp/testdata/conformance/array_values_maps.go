// Code generated from array_values_maps.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
)

// Arrays are values: copies in assignments, function arguments, map
// values and range; arrays as map keys; comparisons; pointers to arrays.
//
//line testdata/conformance/array_values_maps.gos/_.go:1:1
type Board [3][3]byte

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			sb.WriteByte(c)
		}
		sb.WriteByte('/')
	}
	return sb.String()
}

func (b Board) Play(r, c int, p byte) Board { b[r][c] = p; return b }

func (b *Board) Set(r, c int, p byte) { b[r][c] = p }

func winner(b Board) byte {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a := b[l[0][0]][l[0][1]]
		if a != 0 && a == b[l[1][0]][l[1][1]] && a == b[l[2][0]][l[2][1]] {
			return a
		}
	}
	return 0
}

func fill(arr [4]int, v int) [4]int {
	for i := range arr {
		arr[i] = v
	}
	return arr
}

func fillPtr(arr *[4]int, v int) {
	for i := range arr {
		arr[i] = v
	}
}

var empty Board

var a [4]int

// struct with array field compared and copied
type Snapshot struct {
	Tag  string
	Vals [3]float64
}

func main() {
	b1 := empty.Play(1, 1, 'X')
	b2 := b1.Play(0, 0, 'O')
	fmt.Println(empty, b1, b2)
	b2.Set(0, 1, 'X')
	b2.Set(2, 1, 'X')
	fmt.Println(b2, string(winner(b2)) == "X", winner(b1))
	seen := map[Board]int{}
	for _, b := range []Board{b1, b2, empty.Play(1, 1, 'X'), empty} {
		seen[b]++
	}
	fmt.Println(len(seen), seen[b1], seen[empty], b1 == empty.Play(1, 1, 'X'), b1 != b2)
	scores := map[string][4]int{"ann": {1, 2, 3, 4}}
	s := scores["ann"]
	s[0] = 100
	fmt.Println(scores["ann"], s)
	scores["ann"] = s
	fmt.Println(scores["ann"][0], len(scores["bob"]), scores["bob"])
	b := fill(a, 7)
	fmt.Println(a, b)
	fillPtr(&a, 9)
	pa := &a
	pa[1] = 0
	fmt.Println(a, len(pa), cap(pa[:2]))
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 10
		if i == 2 {
			fmt.Println("range copy sees", v)
		}
	}
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 10
		if i == 2 {
			fmt.Println("range pointer sees", v)
		}
	}
	sl := arr[:]
	sl[0] = -1
	fmt.Println(arr, sl)
	cp := arr
	cp[0] = 42
	fmt.Println(arr[0], cp[0], cp == arr)
	snaps := []Snapshot{{"a", [3]float64{1, 2, 3}}}
	snap := snaps[0]
	snap.Vals[0] = 0
	fmt.Println(snaps[0].Vals, snap.Vals, snaps[0] == Snapshot{"a", [3]float64{1, 2, 3}})
	keyed := map[[2]string]Snapshot{{"x", "y"}: snap}
	fmt.Println(keyed[[2]string{"x", "y"}].Vals[1], len(keyed[[2]string{"y", "x"}].Tag))
	grid := [2][2]string{{"a", "b"}, {"c", "d"}}
	g2 := grid
	g2[1][0] = "Z"
	fmt.Printf("%v %v %q\n", grid, g2, g2[1])
}

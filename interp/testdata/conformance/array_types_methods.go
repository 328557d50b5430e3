// Code generated from array_types_methods.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Fixed-size array types with methods: a 4x4 sudoku board with pointer
// receivers that range over the board, a small vector type, a ring of
// readings, and value receivers that work on copies.
//
//line testdata/conformance/array_types_methods.gos/_.go:1:1
type Board [4][4]int

func (b *Board) Load(rows ...string) {
	for i := range b {
		for j, c := range rows[i] {
			if c != '.' {
				b[i][j] = int(c - '0')
			} else {
				b[i][j] = 0
			}
		}
	}
}

func (b *Board) Valid() bool {
	for i, row := range b {
		var seenR, seenC, seenB [5]bool
		for j := range row {
			r, c := b[i][j], b[j][i]
			bi, bj := (i/2)*2+j/2, (i%2)*2+j%2
			x := b[bi][bj]
			for _, pair := range []struct {
				v    int
				seen *[5]bool
			}{{r, &seenR}, {c, &seenC}, {x, &seenB}} {
				if pair.v == 0 {
					continue
				}
				if pair.seen[pair.v] {
					return false
				}
				pair.seen[pair.v] = true
			}
		}
	}
	return true
}

func (b *Board) Solve() bool {
	for i := range b {
		for j := range b[i] {
			if b[i][j] != 0 {
				continue
			}
			for v := 1; v <= 4; v++ {
				b[i][j] = v
				if b.Valid() && b.Solve() {
					return true
				}
			}
			b[i][j] = 0
			return false
		}
	}
	return true
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for j, v := range row {
			if j == 2 {
				sb.WriteString("|")
			}
			sb.WriteString(strconv.Itoa(v))
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

type Vec3 [3]float64

func (v *Vec3) Normalize() {
	n := 0.0
	for _, x := range v {
		n += x * x
	}
	n = math.Sqrt(n)
	for i := range v {
		v[i] /= n
	}
}

func (v Vec3) Dot(w Vec3) (s float64) {
	for i := range v {
		s += v[i] * w[i]
	}
	return
}

type Ring [4]int

func (r *Ring) Rotate() {
	first := r[0]
	for i := range len(r) - 1 {
		r[i] = r[i+1]
	}
	r[len(r)-1] = first
}

var b Board

func main() {
	b.Load("1...", "..3.", ".4..", "...2")
	fmt.Println("valid start:", b.Valid())
	fmt.Println("solved:", b.Solve())
	fmt.Print(b)
	bad := b
	bad[0][0], bad[0][1] = bad[0][1], bad[0][0]
	fmt.Println("copy valid:", bad.Valid(), "original valid:", b.Valid())
	v := Vec3{3, 0, 4}
	v.Normalize()
	fmt.Printf("%.2f %.2f\n", v, v.Dot(Vec3{0, 0, 1}))
	r := Ring{1, 2, 3, 4}
	for range 3 {
		r.Rotate()
		fmt.Print(r, " ")
	}
	fmt.Println()
}

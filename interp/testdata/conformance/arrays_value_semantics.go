// Code generated from arrays_value_semantics.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/arrays_value_semantics.gos/_.go:1:1
type Matrix [3][3]int

func (m Matrix) Transpose() Matrix {
	var t Matrix
	for i := range 3 {
		for j := range 3 {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func (m *Matrix) Scale(k int) {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= k
		}
	}
}

func modify(arr [4]int) [4]int {
	arr[1] = -1
	return arr
}

func modifyPtr(arr *[4]int) { arr[1] = -1 }

type Rec struct {
	tags [2]string
	pos  [2]float64
}

var grid [2][3]string

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == b, len(a))
	m := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	t := m.Transpose()
	fmt.Println(m[0], t[0])
	m2 := m
	m2.Scale(2)
	fmt.Println(m[2][2], m2[2][2])
	c := modify(a)
	fmt.Println(a[1], c[1])
	modifyPtr(&a)
	fmt.Println(a[1])
	r1 := Rec{[2]string{"x", "y"}, [2]float64{1, 2}}
	r2 := r1
	r2.tags[0] = "changed"
	fmt.Println(r1.tags, r2.tags, r1 == r2)
	seen := map[[2]int]bool{}
	for _, p := range [][2]int{{1, 2}, {3, 4}, {1, 2}} {
		if seen[p] {
			fmt.Println("dup", p)
		}
		seen[p] = true
	}
	fmt.Println(len(seen))
	arrs := [][3]int{{1, 2, 3}}
	first := arrs[0]
	first[0] = 9
	arrs[0][1] = 8
	fmt.Println(arrs, first)
	for _, row := range arrs {
		row[2] = 0
	}
	fmt.Println(arrs)
	s := a[1:3]
	s[0] = 50
	fmt.Println(a, len(s), cap(s))
	grid[1][2] = "z"
	fmt.Printf("%q %v\n", grid, [...]int{5: 1, 2})
	jag := make([][]int, 3)
	for i := range jag {
		jag[i] = make([]int, i+1)
		for j := range jag[i] {
			jag[i][j] = i * j
		}
	}
	fmt.Println(jag)
}

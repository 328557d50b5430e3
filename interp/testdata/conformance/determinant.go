// Code generated from determinant.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
)

//line testdata/conformance/determinant.gos/_.go:1:1
type Matrix [][]float64

func (m Matrix) Minor(r, c int) Matrix {
	var out Matrix
	for i, row := range m {
		if i == r {
			continue
		}
		var nr []float64
		for j, v := range row {
			if j != c {
				nr = append(nr, v)
			}
		}
		out = append(out, nr)
	}
	return out
}

func (m Matrix) Det() float64 {
	switch len(m) {
	case 1:
		return m[0][0]
	case 2:
		return m[0][0]*m[1][1] - m[0][1]*m[1][0]
	}
	d := 0.0
	sign := 1.0
	for c := range m[0] {
		d += sign * m[0][c] * m.Minor(0, c).Det()
		sign = -sign
	}
	return d
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%6.2f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

var arr [3][3]int

func main() {
	m := Matrix{{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}
	fmt.Print(m)
	fmt.Println("det:", m.Det())
	id := Matrix{{1, 0, 0, 0}, {0, 2, 0, 0}, {0, 0, 3, 0}, {0, 0, 0, 4}}
	fmt.Println("det:", id.Det(), id.Minor(1, 1).Det())
	fmt.Printf("%.3e %g %v\n", m.Det()*1e6, m.Minor(2, 2).Det(), len(m.Minor(0, 0)))
	for i := range arr {
		for j := range arr[i] {
			arr[i][j] = i*3 + j
		}
	}
	b := arr
	b[1][1] = 100
	fmt.Println(arr, b, arr == b)
}

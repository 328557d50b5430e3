// Code generated from matrix_lu_inverse.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// Dense matrix code on [][]float64: multiply, transpose, LU decomposition
// with partial pivoting, determinant, inverse, solve, and power.
//
//line testdata/conformance/matrix_lu_inverse.gos/_.go:1:1
type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := NewMatrix(n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := NewMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			out[i][j] = s
		}
	}
	return out
}

func (a Matrix) T() Matrix {
	out := NewMatrix(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			out[j][i] = v
		}
	}
	return out
}

func (a Matrix) Clone() Matrix {
	out := make(Matrix, len(a))
	for i := range a {
		out[i] = append([]float64(nil), a[i]...)
	}
	return out
}

func (a Matrix) String() string {
	var sb strings.Builder
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			if math.Abs(v) < 1e-12 {
				v = 0
			}
			fmt.Fprintf(&sb, "%8.3f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

// LU returns the combined LU factors, the row permutation and its sign.
func (a Matrix) LU() (Matrix, []int, float64, error) {
	n := len(a)
	lu := a.Clone()
	perm := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	sign := 1.0
	for k := 0; k < n; k++ {
		p := k
		for i := k + 1; i < n; i++ {
			if math.Abs(lu[i][k]) > math.Abs(lu[p][k]) {
				p = i
			}
		}
		if math.Abs(lu[p][k]) < 1e-12 {
			return nil, nil, 0, errors.New("singular matrix")
		}
		if p != k {
			lu[p], lu[k] = lu[k], lu[p]
			perm[p], perm[k] = perm[k], perm[p]
			sign = -sign
		}
		for i := k + 1; i < n; i++ {
			lu[i][k] /= lu[k][k]
			for j := k + 1; j < n; j++ {
				lu[i][j] -= lu[i][k] * lu[k][j]
			}
		}
	}
	return lu, perm, sign, nil
}

func (a Matrix) Solve(b []float64) ([]float64, error) {
	lu, perm, _, err := a.LU()
	if err != nil {
		return nil, err
	}
	n := len(a)
	x := make([]float64, n)
	for i := 0; i < n; i++ {
		x[i] = b[perm[i]]
		for j := 0; j < i; j++ {
			x[i] -= lu[i][j] * x[j]
		}
	}
	for i := n - 1; i >= 0; i-- {
		for j := i + 1; j < n; j++ {
			x[i] -= lu[i][j] * x[j]
		}
		x[i] /= lu[i][i]
	}
	return x, nil
}

func (a Matrix) Det() float64 {
	lu, _, sign, err := a.LU()
	if err != nil {
		return 0
	}
	d := sign
	for i := range lu {
		d *= lu[i][i]
	}
	return d
}

func (a Matrix) Inverse() (Matrix, error) {
	n := len(a)
	inv := NewMatrix(n, n)
	id := Identity(n)
	for j := 0; j < n; j++ {
		col, err := a.Solve(id[j])
		if err != nil {
			return nil, fmt.Errorf("inverse: %w", err)
		}
		for i := range col {
			inv[i][j] = col[i]
		}
	}
	return inv, nil
}

func main() {
	a := Matrix{{2, 1, 1}, {4, -6, 0}, {-2, 7, 2}}
	fmt.Print(a.Mul(a.T()))
	fmt.Printf("det=%.4f\n", a.Det())
	x, err := a.Solve([]float64{5, -2, 9})
	fmt.Printf("x=%.4f err=%v\n", x, err)
	inv, err := a.Inverse()
	fmt.Print(inv, err, "\n")
	fmt.Print(a.Mul(inv))
	sing := Matrix{{1, 2}, {2, 4}}
	_, err = sing.Inverse()
	fmt.Println(err, sing.Det())
	fib := Matrix{{1, 1}, {1, 0}}
	p := Identity(2)
	for range 10 {
		p = p.Mul(fib)
	}
	fmt.Println(p[0][1], p)
	rows := a.Clone()
	rows[0][0] = 100
	fmt.Println(a[0][0], rows[0][0], len(rows), cap(rows[1]) >= 3)
	fmt.Printf("%v\n%.1f\n", [][]float64(a.T()), a[1])
}

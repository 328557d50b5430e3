// Code generated from gauss_solver.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"math"
	"slices"
)

// Gaussian elimination with partial pivoting on [][]float64, a residual
// check, an error for singular systems, and an inverse via Gauss-Jordan.
//
//line testdata/conformance/gauss_solver.gos/_.go:1:1
var ErrSingular = errors.New("matrix is singular")

type System struct {
	A [][]float64
	B []float64
}

func clone(a [][]float64) [][]float64 {
	out := make([][]float64, len(a))
	for i := range a {
		out[i] = slices.Clone(a[i])
	}
	return out
}

func (s System) Solve() ([]float64, error) {
	n := len(s.A)
	a := clone(s.A)
	b := slices.Clone(s.B)
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[pivot][col]) {
				pivot = r
			}
		}
		if math.Abs(a[pivot][col]) < 1e-12 {
			return nil, fmt.Errorf("column %d: %w", col, ErrSingular)
		}
		a[col], a[pivot] = a[pivot], a[col]
		b[col], b[pivot] = b[pivot], b[col]
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			for c := col; c < n; c++ {
				a[r][c] -= f * a[col][c]
			}
			b[r] -= f * b[col]
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		sum := b[i]
		for j := i + 1; j < n; j++ {
			sum -= a[i][j] * x[j]
		}
		x[i] = sum / a[i][i]
	}
	return x, nil
}

func residual(s System, x []float64) float64 {
	worst := 0.0
	for i, row := range s.A {
		sum := -s.B[i]
		for j, v := range row {
			sum += v * x[j]
		}
		worst = max(worst, math.Abs(sum))
	}
	return worst
}

func inverse(m [][]float64) ([][]float64, error) {
	n := len(m)
	aug := make([][]float64, n)
	for i := range m {
		aug[i] = make([]float64, 2*n)
		copy(aug[i], m[i])
		aug[i][n+i] = 1
	}
	for col := 0; col < n; col++ {
		p := col
		for r := col; r < n; r++ {
			if math.Abs(aug[r][col]) > math.Abs(aug[p][col]) {
				p = r
			}
		}
		if aug[p][col] == 0 {
			return nil, ErrSingular
		}
		aug[col], aug[p] = aug[p], aug[col]
		d := aug[col][col]
		for c := range aug[col] {
			aug[col][c] /= d
		}
		for r := range aug {
			if r != col {
				f := aug[r][col]
				for c := range aug[r] {
					aug[r][c] -= f * aug[col][c]
				}
			}
		}
	}
	inv := make([][]float64, n)
	for i := range aug {
		inv[i] = aug[i][n:]
	}
	return inv, nil
}

func main() {
	printM := func(name string, m [][]float64) {
		fmt.Println(name + ":")
		for _, row := range m {
			for _, v := range row {
				fmt.Printf("%8.4f", v+0)
			}
			fmt.Println()
		}
	}
	systems := []System{
		{A: [][]float64{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}}, B: []float64{8, -11, -3}},
		{A: [][]float64{{0, 2}, {3, 1}}, B: []float64{4, 5}},
		{A: [][]float64{{1, 2}, {2, 4}}, B: []float64{3, 6}},
		{A: [][]float64{{1e-3, 1}, {1, 1}}, B: []float64{1, 2}},
	}
	for i, s := range systems {
		x, err := s.Solve()
		if errors.Is(err, ErrSingular) {
			fmt.Printf("system %d: %v\n", i, err)
			continue
		}
		fmt.Printf("system %d: x = [", i)
		for j, v := range x {
			if j > 0 {
				fmt.Print(" ")
			}
			fmt.Printf("%.6f", v)
		}
		fmt.Printf("] residual<1e-9: %t\n", residual(s, x) < 1e-9)
	}
	m := [][]float64{{4, 7}, {2, 6}}
	inv, err := inverse(m)
	fmt.Println(err)
	printM("inverse", inv)
	prod := make([][]float64, 2)
	for i := range prod {
		prod[i] = make([]float64, 2)
		for j := range prod[i] {
			for k := range 2 {
				prod[i][j] += m[i][k] * inv[k][j]
			}
			prod[i][j] = math.Round(prod[i][j]*1e9) / 1e9
		}
	}
	printM("m*inv", prod)
	_, err = inverse([][]float64{{1, 2}, {2, 4}})
	fmt.Println(err, errors.Is(err, ErrSingular))
	fmt.Println(systems[0].A[0], len(systems[2].B))
}

// Code generated from sieve_matrix.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/sieve_matrix.gos/_.go:1:1
func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

type Mat [][]float64

func Identity(n int) Mat {
	m := make(Mat, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

func (a Mat) Mul(b Mat) (Mat, error) {
	if len(a[0]) != len(b) {
		return nil, fmt.Errorf("shape mismatch: %dx%d * %dx%d", len(a), len(a[0]), len(b), len(b[0]))
	}
	out := make(Mat, len(a))
	for i := range a {
		out[i] = make([]float64, len(b[0]))
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out, nil
}

var arr [3][3]int

var tr int

func main() {
	ps := sieve(100)
	fmt.Println(len(ps), ps[:10], ps[len(ps)-1])
	twins := 0
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			twins++
		}
	}
	fmt.Println("twin pairs:", twins)
	a := Mat{{1, 2, 3}, {4, 5, 6}}
	b := Mat{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Println(c, err)
	_, err = a.Mul(a)
	fmt.Println(err)
	id, _ := c.Mul(Identity(2))
	fmt.Println(id)
	fib := Mat{{1, 1}, {1, 0}}
	p := Identity(2)
	for range 10 {
		p, _ = p.Mul(fib)
	}
	fmt.Println(p[0][1])
	for i := range 3 {
		for j := range 3 {
			arr[i][j] = (i + 1) * (j + 2)
		}
	}
	for i := range arr {
		tr += arr[i][i]
	}
	fmt.Println(arr, tr)
	fmt.Printf("%.3f\n", c)
}

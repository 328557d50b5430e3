// Code generated from matrix_generic.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
)

//line testdata/conformance/matrix_generic.gos/_.go:1:1
type Number interface {
	~int | ~int64 | ~float64
}

type Matrix[T Number] struct {
	r, c int
	d    []T
}

func New[T Number](r, c int, vals ...T) *Matrix[T] {
	m := &Matrix[T]{r, c, make([]T, r*c)}
	copy(m.d, vals)
	return m
}

func (m *Matrix[T]) At(i, j int) T { return m.d[i*m.c+j] }

func (m *Matrix[T]) Set(i, j int, v T) { m.d[i*m.c+j] = v }

func (m *Matrix[T]) Mul(o *Matrix[T]) (*Matrix[T], error) {
	if m.c != o.r {
		return nil, fmt.Errorf("shape mismatch: %dx%d * %dx%d", m.r, m.c, o.r, o.c)
	}
	out := New[T](m.r, o.c)
	for i := 0; i < m.r; i++ {
		for j := 0; j < o.c; j++ {
			var s T
			for k := 0; k < m.c; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m *Matrix[T]) T() *Matrix[T] {
	out := New[T](m.c, m.r)
	for i := 0; i < m.r; i++ {
		for j := 0; j < m.c; j++ {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

func (m *Matrix[T]) String() string {
	var sb strings.Builder
	for i := 0; i < m.r; i++ {
		sb.WriteString("[")
		for j := 0; j < m.c; j++ {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%v", m.At(i, j))
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := a.T()
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err)
	f := New(2, 2, 0.5, 1.5, 2.0, -1.0)
	ff, _ := f.Mul(f)
	fmt.Print(ff)
	id := New[int64](2, 2, 1, 0, 0, 1)
	fmt.Print(id.String())
}

// Code generated from neural_net_matrix.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math"
	"strings"
)

// A tiny fully connected network on [][]float64 with closures for the
// activations, trained deterministically on XOR.
//
//line testdata/conformance/neural_net_matrix.gos/_.go:1:1
type Matrix [][]float64

func NewMatrix(r, c int, f func(i, j int) float64) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
		for j := range m[i] {
			if f != nil {
				m[i][j] = f(i, j)
			}
		}
	}
	return m
}

func (m Matrix) Dims() (int, int) { return len(m), len(m[0]) }

func (m Matrix) Mul(o Matrix) Matrix {
	r, k := m.Dims()
	_, c := o.Dims()
	return NewMatrix(r, c, func(i, j int) float64 {
		s := 0.0
		for x := 0; x < k; x++ {
			s += m[i][x] * o[x][j]
		}
		return s
	})
}

func (m Matrix) T() Matrix {
	r, c := m.Dims()
	return NewMatrix(c, r, func(i, j int) float64 { return m[j][i] })
}

func (m Matrix) Apply(f func(float64) float64) Matrix {
	r, c := m.Dims()
	return NewMatrix(r, c, func(i, j int) float64 { return f(m[i][j]) })
}

func (m Matrix) Zip(o Matrix, f func(a, b float64) float64) Matrix {
	r, c := m.Dims()
	return NewMatrix(r, c, func(i, j int) float64 { return f(m[i][j], o[i][j]) })
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for _, v := range row {
			fmt.Fprintf(&sb, "%8.4f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

type Activation struct {
	Name  string
	F, DF func(float64) float64
}

var loss float64

func main() {
	sigmoid := Activation{"sigmoid",
		func(x float64) float64 { return 1 / (1 + math.Exp(-x)) },
		nil}
	sigmoid.DF = func(y float64) float64 { return y * (1 - y) }
	tanh := Activation{"tanh", math.Tanh, func(y float64) float64 { return 1 - y*y }}
	seed := uint32(42)
	rnd := func() float64 {
		seed = seed*1664525 + 1013904223
		return float64(seed>>8)/float64(1<<24)*2 - 1
	}
	X := Matrix{{0, 0, 1}, {0, 1, 1}, {1, 0, 1}, {1, 1, 1}}
	Y := Matrix{{0}, {1}, {1}, {0}}
	W1 := NewMatrix(3, 4, func(int, int) float64 { return rnd() })
	W2 := NewMatrix(4, 1, func(int, int) float64 { return rnd() })
	fmt.Print("W1 init:\n", W1)
	lr := 0.5
	hid, out := tanh, sigmoid
	for epoch := 0; epoch <= 3000; epoch++ {
		H := X.Mul(W1).Apply(hid.F)
		O := H.Mul(W2).Apply(out.F)
		E := Y.Zip(O, func(y, o float64) float64 { return y - o })
		loss = 0
		for _, row := range E {
			loss += row[0] * row[0]
		}
		loss /= float64(len(E))
		dO := E.Zip(O.Apply(out.DF), func(e, d float64) float64 { return e * d })
		dH := dO.Mul(W2.T()).Zip(H.Apply(hid.DF), func(a, b float64) float64 { return a * b })
		W2 = W2.Zip(H.T().Mul(dO), func(w, g float64) float64 { return w + lr*g })
		W1 = W1.Zip(X.T().Mul(dH), func(w, g float64) float64 { return w + lr*g })
		if epoch%1000 == 0 {
			fmt.Printf("epoch %4d loss %8.4f\n", epoch, loss)
		}
	}
	pred := X.Mul(W1).Apply(hid.F).Mul(W2).Apply(out.F)
	fmt.Printf("activations: %s/%s\n", hid.Name, out.Name)
	fmt.Print("predictions:\n", pred)
	for i, row := range pred {
		cls := 0
		if row[0] > 0.5 {
			cls = 1
		}
		fmt.Printf("%v -> %d (want %v) ok=%t\n", X[i][:2], cls, Y[i][0], float64(cls) == Y[i][0])
	}
	r, c := W1.Dims()
	fmt.Println("W1 dims", r, c, "loss<0.05:", loss < 0.05)
}

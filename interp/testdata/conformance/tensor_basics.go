// Code generated from tensor_basics.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"github.com/gograd/gograd/tensor"
)

func safe(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	f()
	return "ok"
}

func main() {
	a := tensor.FromSlice([]float32{1, 2, 3, 4, 5, 6}, 2, 3)
	b := tensor.Arange(0, 3, 1)
	fmt.Println(a.Shape(), a.Numel(), a.Dim(), b.Data())
	c := a.Add(b)
	fmt.Println(c.Data(), c.Shape())
	fmt.Println(a.Mul(a).Sum().Item(), a.Sum(0).Data(), a.Mean(1).Data())
	at := a.T()
	fmt.Println(at.Shape(), at.IsContiguous(), at.SharesStorage(a), at.Contiguous().Data())
	m := a.MatMul(at)
	fmt.Println(m.Shape(), m.Data())
	r := a.Reshape(3, 2)
	fmt.Println(r.Shape(), r.At(2, 1), r.SharesStorage(a))
	fmt.Println(a.Max(1).Data(), a.ArgMax(1).Ints(), a.Min().Item())
	sm := tensor.FromSlice([]float32{1, 2, 3}, 3).Softmax(0)
	fmt.Printf("%.4f\n", sm.Data())
	e := tensor.Eye(3)
	fmt.Println(e.Data(), e.Sum().Item())
	parts := tensor.Arange(0, 6, 1).Split(2, 0)
	fmt.Println(len(parts), parts[2].Data())
	cat := tensor.Concat(0, parts[0], parts[2])
	fmt.Println(cat.Data())
	x := tensor.FromSlice([]float32{1, -2, 3}, 3).RequiresGrad()
	loss := x.Mul(x).Sum()
	loss.Backward()
	fmt.Println(loss.Item(), x.Grad().Data())
	sel := a.Select(1, 2)
	fmt.Println(sel.Data(), sel.Shape())
	fmt.Println(safe(func() { a.MatMul(a) }))
	fmt.Println(safe(func() { _ = tensor.Zeros(2, 2).Sum().Item() }))
	z := tensor.Zeros(2, 2)
	z.Set(7, 1, 0)
	fmt.Println(z.Data(), tensor.Full(2.5, 2).Data(), tensor.Ones(1, 2).Data())
	fmt.Println(tensor.Linspace(0, 1, 5).Data())
}

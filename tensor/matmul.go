package tensor

import (
	"github.com/gograd/gograd/accel"
)

// gemmLayout tells how to hand the last two axes of t to Sgemm without a
// copy: trans reports that the stored matrix is the transpose, ld is its
// leading dimension. ok is false when neither axis has unit stride.
func gemmLayout(t *Tensor) (trans bool, ld int, ok bool) {
	n := len(t.shape)
	rows, cols := t.shape[n-2], t.shape[n-1]
	rs, cs := t.strides[n-2], t.strides[n-1]
	// row-major: element (i, j) at i*ld + j
	if cs == 1 || cols == 1 {
		if rows == 1 {
			return false, max(cols, 1), true
		}
		if rs >= cols && rs > 0 {
			return false, rs, true
		}
	}
	// stored transposed: element (i, j) at j*ld + i
	if rs == 1 || rows == 1 {
		if cols == 1 {
			return true, max(rows, 1), true
		}
		if cs >= rows && cs > 0 {
			return true, cs, true
		}
	}
	return false, 0, false
}

// MatMul is the matrix product with NumPy/PyTorch semantics: 1-D operands
// are promoted to a row (a) or column (b) vector and the added axis is
// removed from the result; leading batch axes broadcast.
func MatMul(a, b *Tensor) *Tensor { return a.MatMul(b) }

// MatMul returns t @ u; see the package function MatMul.
func (t *Tensor) MatMul(u *Tensor) *Tensor {
	t.check()
	u.check()
	if len(t.shape) == 0 || len(u.shape) == 0 {
		panicf("MatMul: shapes %v and %v: both operands need at least 1 dimension", t.shape, u.shape)
	}
	a, b := t, u
	if len(a.shape) == 1 {
		a = a.Unsqueeze(0)
	}
	if len(b.shape) == 1 {
		b = b.Unsqueeze(1)
	}
	out := matmulND(a, b, t.shape, u.shape)
	if len(t.shape) == 1 || len(u.shape) == 1 {
		shape := out.Shape()
		n := len(shape)
		switch {
		case len(t.shape) == 1 && len(u.shape) == 1:
			shape = shape[:n-2]
		case len(t.shape) == 1:
			shape = append(shape[:n-2], shape[n-1])
		default:
			shape = shape[:n-1]
		}
		out = out.Reshape(shape...)
	}
	return out
}

func matmulND(a, b *Tensor, sa, sb []int) *Tensor {
	na, nb := len(a.shape), len(b.shape)
	m, k := a.shape[na-2], a.shape[na-1]
	k2, n := b.shape[nb-2], b.shape[nb-1]
	if k != k2 {
		panicf("MatMul: shapes %v and %v do not align", sa, sb)
	}
	batch := broadcastShapeMM(a.shape[:na-2], b.shape[:nb-2], sa, sb)
	var out *Tensor
	if k > 0 {
		out = newTensorUninit(append(append([]int(nil), batch...), m, n)...) // GEMM with beta 0 writes every element
	} else {
		out = newTensor(append(append([]int(nil), batch...), m, n)...)
	}
	gemmInto(out, a, b, batch)
	return record(out, "MatMul", []*Tensor{a, b}, func(g *Tensor) []*Tensor {
		var ga, gb *Tensor
		if a.reqGrad {
			if nb == 2 {
				ga = g.MatMul(b.T())
			} else {
				ga = sumTo(g.MatMul(b.T()), a.shape)
			}
		}
		if b.reqGrad {
			if nb == 2 {
				// fold a's batch axes into its rows: one big GEMM, no
				// batch of partial products to sum
				a2 := a.Reshape(-1, k)
				g2 := g.Reshape(-1, n)
				if b.strides[0] == 1 && b.strides[1] != 1 {
					// b is a transposed view (Linear's W.T()): produce the
					// gradient in W's layout so accumulating it is a
					// plain copy
					gb = g2.T().MatMul(a2).T()
				} else {
					gb = a2.T().MatMul(g2)
				}
			} else {
				gb = sumTo(a.T().MatMul(g), b.shape)
			}
		}
		return []*Tensor{ga, gb}
	})
}

func broadcastShapeMM(a, b, sa, sb []int) []int {
	defer func() {
		if r := recover(); r != nil {
			panicf("MatMul: batch dimensions of shapes %v and %v cannot be broadcast", sa, sb)
		}
	}()
	return broadcastShape("MatMul", a, b)
}

// gemmInto computes out = a @ b (out contiguous, batch axes broadcast)
// through accel.Sgemm / accel.SgemmStridedBatched.
func gemmInto(out, a, b *Tensor, batch []int) {
	na, nb := len(a.shape), len(b.shape)
	m, k, n := a.shape[na-2], a.shape[na-1], b.shape[nb-1]
	if out.Numel() == 0 {
		return
	}
	if k == 0 {
		return // zeros already
	}
	ta, lda, ok := gemmLayout(a)
	if !ok {
		a = fromData(a.gather(), a.shape)
		ta, lda, _ = gemmLayout(a)
	}
	tb, ldb, ok := gemmLayout(b)
	if !ok {
		b = fromData(b.gather(), b.shape)
		tb, ldb, _ = gemmLayout(b)
	}
	c := out.st.data
	if len(batch) == 0 {
		accel.Sgemm(ta, tb, m, n, k, 1, a.st.data[a.off:], lda, b.st.data[b.off:], ldb, 0, c, n)
		return
	}
	// batch strides of each operand (0 where broadcast)
	bsa := batchStrides(a, batch)
	bsb := batchStrides(b, batch)
	bsc := contiguousStrides(batch)
	for i := range bsc {
		bsc[i] *= m * n
	}
	cs, cst := coalesce(batch, bsa, bsb, bsc)
	last := len(cs) - 1
	// b shared by the whole batch and a's rows evenly spaced: fold the
	// batch into the rows of one GEMM
	if len(cs) == 1 && cst[1][0] == 0 && !ta {
		fl := -1
		if m == 1 && cst[0][0] >= k {
			fl = cst[0][0]
		} else if cst[0][0] == m*lda {
			fl = lda
		}
		if fl > 0 {
			accel.Sgemm(false, tb, cs[0]*m, n, k, 1, a.st.data[a.off:], fl, b.st.data[b.off:], ldb, 0, c, n)
			return
		}
	}
	outer := cs[:last]
	it := newIter(outer, [][]int{cst[0][:last], cst[1][:last], cst[2][:last]}, []int{a.off, b.off, 0})
	rows := numel(outer)
	for r := 0; r < rows; r++ {
		accel.SgemmStridedBatched(ta, tb, m, n, k, 1,
			a.st.data[it.off[0]:], lda, cst[0][last],
			b.st.data[it.off[1]:], ldb, cst[1][last],
			0, c[it.off[2]:], n, cst[2][last], cs[last])
		it.next()
	}
}

func batchStrides(t *Tensor, batch []int) []int {
	nd := len(t.shape) - 2
	s := make([]int, len(batch))
	lead := len(batch) - nd
	for i := 0; i < nd; i++ {
		if t.shape[i] == batch[lead+i] {
			s[lead+i] = t.strides[i]
		}
	}
	return s
}

package accel

// sgemv handles m = 1 or n = 1: one operand is a vector, so the product is
// bound by reading the matrix once, and packing would only add traffic.
// The matrix is read either row by row as dot products ("dot form") or as
// scaled rows added into the output ("axpy form"), whichever walks its
// memory contiguously.
func sgemv(nt int, transA, transB bool, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	if m == 1 {
		// y (1×n) = x (1×k) · op(B) (k×n)
		x := gatherVec(a, k, lda, transA)
		if transB { // B is n×k: y[j] = B[j,:]·x
			gemvDot(nt, n, k, b, ldb, x, alpha, beta, c, 1)
		} else { // B is k×n: y += x[p]·B[p,:]
			gemvAxpy(nt, k, n, b, ldb, x, alpha, beta, c, 1)
		}
		return
	}
	// n == 1: y (m×1, stride ldc) = op(A) (m×k) · x (k×1)
	x := gatherVec(b, k, ldb, !transB)
	if transA { // A is k×m
		gemvAxpy(nt, k, m, a, lda, x, alpha, beta, c, ldc)
	} else {
		gemvDot(nt, m, k, a, lda, x, alpha, beta, c, ldc)
	}
}

// gatherVec returns the k-vector stored at v with stride ld when strided,
// else v[:k] itself.
func gatherVec(v []float32, k, ld int, strided bool) []float32 {
	if !strided || ld == 1 || k <= 1 {
		return v[:k]
	}
	x := make([]float32, k)
	for p := range x {
		x[p] = v[p*ld]
	}
	return x
}

// gemvRowsPerPart is how many matrix rows (dot form) one parallel part
// reads; gemvColsPerPart how many output columns (axpy form) one part
// accumulates in L1.
const (
	gemvRowsPerPart = 256
	gemvColsMax     = 1 << 16 // 256 KB of accumulators: stays in L2
)

// gemvDot sets y[i·incy] = alpha·(M[i,:]·x) + beta·y[i·incy] for i < rows,
// M rows×k with row stride ld.
func gemvDot(nt, rows, k int, mat []float32, ld int, x []float32, alpha, beta float32, y []float32, incy int) {
	parts := (rows + gemvRowsPerPart - 1) / gemvRowsPerPart
	if 2*rows*k < parallelMinFlops {
		nt = 1
	}
	run := func(p int) {
		i := p * gemvRowsPerPart
		i1 := min(rows, (p+1)*gemvRowsPerPart)
		if k16 := simdLen(k); k16 > 0 && i1-i >= 4 {
			// Four rows a quarter of the part apart: four long sequential
			// streams, which the hardware prefetcher follows (four adjacent
			// rows would be four 3 KB bursts).
			q := (i1 - i) / 4
			var d [4]float32
			for t := 0; t < q; t++ {
				r0 := i + t
				_ = mat[(r0+3*q)*ld+k-1] // the four rows are in range
				if vecISA == isaAVX512 {
					dot4AVX512(&x[0], &mat[r0*ld], q*ld, k16, &d)
				} else {
					dot4AVX2(&x[0], &mat[r0*ld], q*ld, k16, &d)
				}
				for r := 0; r < 4; r++ {
					ri := r0 + r*q
					row := mat[ri*ld : ri*ld+k]
					v := alpha * (d[r] + dotGo(row[k16:], x[k16:k]))
					if beta == 0 {
						y[ri*incy] = v
					} else {
						y[ri*incy] = v + beta*y[ri*incy]
					}
				}
			}
			i += 4 * q
		}
		for ; i < i1; i++ {
			d := alpha * dot(mat[i*ld:i*ld+k], x)
			if beta == 0 {
				y[i*incy] = d
			} else {
				y[i*incy] = d + beta*y[i*incy]
			}
		}
	}
	if nt <= 1 {
		for p := 0; p < parts; p++ {
			run(p)
		}
		return
	}
	parallelFor(parts, run)
}

// gemvAxpy sets y[j·incy] = alpha·(xᵀM)[j] + beta·y[j·incy] for j < cols,
// M k×cols with row stride ld.
func gemvAxpy(nt, k, cols int, mat []float32, ld int, x []float32, alpha, beta float32, y []float32, incy int) {
	if 2*cols*k < parallelMinFlops {
		nt = 1
	}
	// Each part streams whole row segments of M (long sequential reads,
	// few pages per row) into its accumulators.
	chunk := min(gemvColsMax, (cols+max(nt, 1)-1)/max(nt, 1))
	chunk = (chunk + 15) &^ 15
	parts := (cols + chunk - 1) / chunk
	run := func(q int) {
		j0 := q * chunk
		j1 := min(cols, j0+chunk)
		ab := getAPack(j1 - j0)
		defer aPacks.Put(ab)
		acc := ab.buf
		clear(acc)
		p := 0
		if n16 := simdLen(len(acc)); n16 > 0 {
			for ; p+4 <= k; p += 4 {
				xs := [4]float32{x[p], x[p+1], x[p+2], x[p+3]}
				_ = mat[(p+3)*ld+j1-1] // the four rows are in range
				if vecISA == isaAVX512 {
					axpy4AVX512(&xs, &mat[p*ld+j0], ld, &acc[0], n16)
				} else {
					axpy4AVX2(&xs, &mat[p*ld+j0], ld, &acc[0], n16)
				}
				for r := 0; r < 4; r++ {
					axpyGo(xs[r], mat[(p+r)*ld+j0+n16:(p+r)*ld+j1], acc[n16:])
				}
			}
		}
		for ; p < k; p++ {
			axpy(x[p], mat[p*ld+j0:p*ld+j1], acc)
		}
		for j, v := range acc {
			yi := (j0 + j) * incy
			if beta == 0 {
				y[yi] = alpha * v
			} else {
				y[yi] = alpha*v + beta*y[yi]
			}
		}
	}
	if nt <= 1 {
		for q := 0; q < parts; q++ {
			run(q)
		}
		return
	}
	parallelFor(parts, run)
}

package accel

import (
	"fmt"
	"sync"
	"unsafe"
)

// Sgemm computes C = alpha·op(A)·op(B) + beta·C for row-major float32
// matrices, where op(X) is X or Xᵀ. op(A) is m×k, op(B) is k×n, C is m×n;
// lda, ldb, ldc are the row strides (leading dimensions) of the stored A, B, C.
//
//	A is (m, k) with lda ≥ k, or (k, m) with lda ≥ m when transA
//	B is (k, n) with ldb ≥ n, or (n, k) with ldb ≥ k when transB
//	C is (m, n) with ldc ≥ n
//
// When beta is 0, C is only written (NaN or Inf already there does not
// propagate). The work is packed and cache-blocked (GotoBLAS/BLIS
// structure) around an assembly micro-kernel chosen for this CPU, and
// spread over Threads() threads when the problem is large enough; m = 1 or
// n = 1 (matrix·vector) streams the matrix once at memory speed.
//
// Sgemm panics with a message naming the bad argument when the sizes,
// strides or slice lengths are inconsistent (like BLAS's xerbla); use
// CheckSgemm or the Backend interface to get an error instead.
func Sgemm(transA, transB bool, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	if err := CheckSgemm(transA, transB, m, n, k, a, lda, b, ldb, c, ldc); err != nil {
		panic(err)
	}
	sgemm(activeKernel(), Threads(), transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

// SgemmStridedBatched runs batch independent Sgemm calls; matrix i of A, B
// and C starts at i·strideA, i·strideB and i·strideC. A stride of 0
// broadcasts one matrix over the batch (strideC must not be 0 when
// batch > 1). Batches are spread over the threads; each product is the same
// as Sgemm's.
func SgemmStridedBatched(transA, transB bool, m, n, k int, alpha float32, a []float32, lda, strideA int, b []float32, ldb, strideB int, beta float32, c []float32, ldc, strideC int, batch int) {
	if err := CheckSgemmStridedBatched(transA, transB, m, n, k, a, lda, strideA, b, ldb, strideB, c, ldc, strideC, batch); err != nil {
		panic(err)
	}
	sgemmBatched(activeKernel(), Threads(), transA, transB, m, n, k, alpha, a, lda, strideA, b, ldb, strideB, beta, c, ldc, strideC, batch)
}

func sgemmBatched(kern *gemmKernel, nt int, transA, transB bool, m, n, k int, alpha float32, a []float32, lda, strideA int, b []float32, ldb, strideB int, beta float32, c []float32, ldc, strideC int, batch int) {
	if batch == 0 || m == 0 || n == 0 {
		return
	}
	one := func(i, threads int) {
		sgemm(kern, threads, transA, transB, m, n, k, alpha, a[i*strideA:], lda, b[i*strideB:], ldb, beta, c[i*strideC:], ldc)
	}
	if batch == 1 || nt <= 1 {
		for i := 0; i < batch; i++ {
			one(i, nt)
		}
		return
	}
	// Many small products: one per thread at a time. Few large ones: each
	// product uses all threads.
	if batch >= 2*nt || 2*m*n*k < parallelMinFlops {
		parallelFor(batch, func(i int) { one(i, 1) })
		return
	}
	for i := 0; i < batch; i++ {
		one(i, nt)
	}
}

// CheckSgemm reports what is wrong with Sgemm's arguments, or nil.
func CheckSgemm(transA, transB bool, m, n, k int, a []float32, lda int, b []float32, ldb int, c []float32, ldc int) error {
	if m < 0 || n < 0 || k < 0 {
		return fmt.Errorf("accel: sgemm: negative size m=%d n=%d k=%d", m, n, k)
	}
	ar, ac := m, k
	if transA {
		ar, ac = k, m
	}
	br, bc := k, n
	if transB {
		br, bc = n, k
	}
	if err := checkMatrix("A", a, ar, ac, lda); err != nil {
		return err
	}
	if err := checkMatrix("B", b, br, bc, ldb); err != nil {
		return err
	}
	return checkMatrix("C", c, m, n, ldc)
}

// CheckSgemmStridedBatched reports what is wrong with SgemmStridedBatched's
// arguments, or nil.
func CheckSgemmStridedBatched(transA, transB bool, m, n, k int, a []float32, lda, strideA int, b []float32, ldb, strideB int, c []float32, ldc, strideC int, batch int) error {
	if batch < 0 {
		return fmt.Errorf("accel: sgemm batched: negative batch %d", batch)
	}
	if strideA < 0 || strideB < 0 || strideC < 0 {
		return fmt.Errorf("accel: sgemm batched: negative stride (A %d, B %d, C %d)", strideA, strideB, strideC)
	}
	if batch > 1 && strideC == 0 && m > 0 && n > 0 {
		return fmt.Errorf("accel: sgemm batched: strideC is 0 with batch %d: every product would overwrite the same C", batch)
	}
	if batch > 1 && m > 0 && n > 0 && strideC < (m-1)*ldc+n {
		return fmt.Errorf("accel: sgemm batched: strideC %d is less than one C matrix (%d×%d, ldc %d): the products would overwrite each other", strideC, m, n, ldc)
	}
	if batch == 0 {
		return nil
	}
	last := batch - 1
	sub := func(x []float32, stride int) []float32 {
		if last*stride > len(x) {
			return nil
		}
		return x[last*stride:]
	}
	if err := CheckSgemm(transA, transB, m, n, k, a, lda, b, ldb, c, ldc); err != nil {
		return err
	}
	if err := CheckSgemm(transA, transB, m, n, k, sub(a, strideA), lda, sub(b, strideB), ldb, sub(c, strideC), ldc); err != nil {
		return fmt.Errorf("%w (in batch item %d)", err, last)
	}
	return nil
}

func checkMatrix(name string, x []float32, rows, cols, ld int) error {
	if ld < max(cols, 1) {
		return fmt.Errorf("accel: sgemm: leading dimension of %s is %d, less than its %d columns", name, ld, cols)
	}
	if rows == 0 || cols == 0 {
		return nil
	}
	if need := (rows-1)*ld + cols; len(x) < need {
		return fmt.Errorf("accel: sgemm: %s (%d×%d, ld %d) needs %d elements, has %d", name, rows, cols, ld, need, len(x))
	}
	return nil
}

// parallelMinFlops is the size below which a product runs on one thread:
// waking a worker costs about as much as a few microseconds of FMAs.
const parallelMinFlops = 2 * 96 * 96 * 96

// kernelOverride forces a micro-kernel (tests and benchmarks of the
// slower paths); bestKernel is the fastest this CPU runs.
var (
	kernelOverride *gemmKernel
	bestKernel     = gemmKernels()[0]
)

func activeKernel() *gemmKernel {
	if kernelOverride != nil {
		return kernelOverride
	}
	return bestKernel
}

// packBufs recycles packing buffers between calls (one set per thread in
// flight).
var packBufs sync.Pool

type packBuf struct {
	b   []float32
	tmp []float32
}

func getPackBuf(kern *gemmKernel, kc, nc int) *packBuf {
	pb, _ := packBufs.Get().(*packBuf)
	if pb == nil {
		pb = &packBuf{}
	}
	// 64-byte alignment keeps every packed row on whole cache lines.
	pb.b = aligned(pb.b, kc*nc)
	pb.tmp = aligned(pb.tmp, kern.mr*kern.nr)
	return pb
}

func aligned(s []float32, n int) []float32 {
	if cap(s) >= n {
		return s[:n]
	}
	raw := make([]float32, n+16)
	off := 0
	if r := uintptr(unsafe.Pointer(&raw[0])) % 64; r != 0 {
		off = int(64-r) / 4
	}
	return raw[off : off+n : off+n]
}

// sgemm runs one product with nt threads at most. Arguments are checked.
//
// C is split into one part per thread (column ranges, or row ranges for
// narrow products); each part runs on its own:
//
//	for each k block pc (kc deep):
//	  for each row block ic (≤ gemmMC rows): pack alpha·A[ic, pc] (L3)
//	    for each column block jc (nc wide): pack B[pc, jc] (kc×nc, L2)
//	      for each A micro-panel (mr×kc, stays in L1):
//	        for each B micro-panel (kc×nr, streamed from L2):
//	          micro-kernel on C[mr×nr]
func sgemm(kern *gemmKernel, nt int, transA, transB bool, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	if m == 0 || n == 0 {
		return
	}
	if k == 0 || alpha == 0 {
		scaleMatrix(c, m, n, ldc, beta)
		return
	}
	if m == 1 || n == 1 {
		sgemv(nt, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
		return
	}
	if 2*m*n*k < parallelMinFlops {
		nt = 1
	}
	mr, nr := kern.mr, kern.nr
	mt := (m + mr - 1) / mr
	ntiles := (n + nr - 1) / nr
	kcMax := blocks(k, kern.kc, 4)

	// Work parts: column ranges when there are enough column tiles, else
	// row ranges (tall, narrow products).
	type part struct{ i0, i1, j0, j1 int }
	var parts []part
	switch {
	case nt <= 1:
		parts = []part{{0, m, 0, n}}
	case ntiles >= nt && (ntiles >= mt || mt < nt):
		// Wide products get up to 4 parts per thread, claimed dynamically,
		// so a thread slowed by other load on its core hands work to the
		// other; each extra part repacks A, so parts stay ≥ 2048 columns.
		per := min(4, max(1, n/(nt*2048)))
		chunk := (ntiles + nt*per - 1) / (nt * per) * nr
		for j := 0; j < n; j += chunk {
			parts = append(parts, part{0, m, j, min(n, j+chunk)})
		}
	default:
		chunk := (mt + nt - 1) / nt * mr
		for i := 0; i < m; i += chunk {
			parts = append(parts, part{i, min(m, i+chunk), 0, n})
		}
	}

	if len(parts) == 1 {
		p := parts[0]
		gemmPart(kern, transA, transB, p.i0, p.i1, p.j0, p.j1, k, kcMax, alpha, a, lda, b, ldb, beta, c, ldc)
		return
	}
	// Each part is independent (its own packed A and B, no barrier between
	// k blocks): the duplicated packing of A (or of a narrow B) costs
	// little next to threads waiting for each other on a busy machine.
	parallelFor(len(parts), func(t int) {
		p := parts[t]
		gemmPart(kern, transA, transB, p.i0, p.i1, p.j0, p.j1, k, kcMax, alpha, a, lda, b, ldb, beta, c, ldc)
	})
}

// aPacks recycles packed-A buffers (and other scratch).
var aPacks sync.Pool

type aPack struct{ buf []float32 }

func getAPack(n int) *aPack {
	ap, _ := aPacks.Get().(*aPack)
	if ap == nil {
		ap = &aPack{}
	}
	ap.buf = aligned(ap.buf, n)
	return ap
}

// gemmPart computes C[i0:i1, j0:j1] on the calling goroutine.
func gemmPart(kern *gemmKernel, transA, transB bool, i0, i1, j0, j1, k, kcMax int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	mr, nr := kern.mr, kern.nr
	// Row blocks bound the packed A (mc×kc, in L3) for very tall products.
	mcMax := blocks(i1-i0, gemmMC, mr)
	ncMax := blocks(j1-j0, kern.nc, nr)
	ap := getAPack(mcMax * kcMax)
	defer aPacks.Put(ap)
	pb := getPackBuf(kern, kcMax, ncMax)
	defer packBufs.Put(pb)
	for pc := 0; pc < k; pc += kcMax {
		kc := min(kcMax, k-pc)
		bt := beta
		if pc > 0 {
			bt = 1
		}
		for ic := i0; ic < i1; ic += mcMax {
			ie := min(i1, ic+mcMax)
			mt := (ie - ic + mr - 1) / mr
			pa := ap.buf[:mt*mr*kc]
			for q := 0; q < mt; q++ {
				ir := ic + q*mr
				packA(pa[q*mr*kc:(q+1)*mr*kc], transA, a, lda, ir, pc, min(mr, ie-ir), kc, mr, alpha)
			}
			for jc := j0; jc < j1; jc += ncMax {
				nc := min(ncMax, j1-jc)
				packB(pb.b, transB, b, ldb, pc, jc, kc, nc, nr)
				for ir := ic; ir < ie; ir += mr {
					rows := min(mr, ie-ir)
					apan := &pa[((ir-ic)/mr)*mr*kc]
					for jr := 0; jr < nc; jr += nr {
						cols := min(nr, nc-jr)
						bp := &pb.b[jr*kc]
						ci := ir*ldc + jc + jr
						if rows == mr && cols == nr {
							kern.fn(kc, apan, bp, &c[ci], ldc, bt)
							continue
						}
						kern.fn(kc, apan, bp, &pb.tmp[0], nr, 0)
						for i := 0; i < rows; i++ {
							dst := c[ci+i*ldc : ci+i*ldc+cols]
							src := pb.tmp[i*nr : i*nr+cols]
							if bt == 0 {
								copy(dst, src)
							} else {
								for j := range dst {
									dst[j] = src[j] + bt*dst[j]
								}
							}
						}
					}
				}
			}
		}
	}
}

// gemmMC is the most rows of A packed at once (with kc = 384, 3.5 MB).
const gemmMC = 2304

// blocks splits total into the fewest pieces of at most limit, of equal
// size rounded up to a multiple of unit.
func blocks(total, limit, unit int) int {
	nb := (total + limit - 1) / limit
	sz := (total + nb - 1) / nb
	return (sz + unit - 1) / unit * unit
}

// packB copies op(B)[pc:pc+kc, jc:jc+nc] into dst as nr-wide micro-panels:
// panel q holds kc rows of nr floats (zero-padded past nc).
func packB(dst []float32, transB bool, b []float32, ldb, pc, jc, kc, nc, nr int) {
	if !transB {
		// Bands of packBand rows: each band's row segments are read once,
		// sequentially, and dealt out to the panels; for a wide B (the
		// 50257-word lm_head) that saves most page walks, and the writes
		// stay within a few lines of each panel.
		full := nc / nr * nr
		for p0 := 0; p0 < kc; p0 += packBand {
			p1 := min(kc, p0+packBand)
			for jr := 0; jr < full; jr += nr {
				for p := p0; p < p1; p++ {
					src := b[(pc+p)*ldb+jc+jr : (pc+p)*ldb+jc+jr+nr]
					copy(dst[jr*kc+p*nr:jr*kc+p*nr+nr], src)
				}
			}
			if full < nc {
				for p := p0; p < p1; p++ {
					d := dst[full*kc+p*nr : full*kc+p*nr+nr]
					copy(d, b[(pc+p)*ldb+jc+full:(pc+p)*ldb+jc+nc])
					clear(d[nc-full:])
				}
			}
		}
		return
	}
	for jr := 0; jr < nc; jr += nr {
		cols := min(nr, nc-jr)
		panel := dst[jr*kc : jr*kc+kc*nr]
		if cols < nr {
			clear(panel)
		}
		if q := kc &^ 3; hasPackAsm && cols == nr && nr%4 == 0 && q > 0 {
			packTransAVX(&panel[0], &b[(jc+jr)*ldb+pc], ldb, nr, q, 1)
			for j := 0; j < cols; j++ {
				src := b[(jc+jr+j)*ldb+pc+q : (jc+jr+j)*ldb+pc+kc]
				for p, v := range src {
					panel[(q+p)*nr+j] = v
				}
			}
			continue
		}
		for j := 0; j < cols; j++ {
			src := b[(jc+jr+j)*ldb+pc:]
			src = src[:kc]
			for p, v := range src {
				panel[p*nr+j] = v
			}
		}
	}
}

// packA copies alpha·op(A)[ir:ir+rows, pc:pc+kc] into dst as one mr-tall
// micro-panel: kc steps of mr floats (zero-padded past rows).
func packA(dst []float32, transA bool, a []float32, lda, ir, pc, rows, kc, mr int, alpha float32) {
	dst = dst[:kc*mr]
	if rows < mr {
		clear(dst)
	}
	if transA {
		for p := 0; p < kc; p++ {
			src := a[(pc+p)*lda+ir:]
			src = src[:rows]
			d := dst[p*mr : p*mr+rows]
			if alpha == 1 {
				copy(d, src)
			} else {
				for i, v := range src {
					d[i] = alpha * v
				}
			}
		}
		return
	}
	if q := kc &^ 3; hasPackAsm && rows == mr && mr%4 == 0 && q > 0 {
		packTransAVX(&dst[0], &a[ir*lda+pc], lda, mr, q, alpha)
		for i := 0; i < rows; i++ {
			src := a[(ir+i)*lda+pc+q : (ir+i)*lda+pc+kc]
			for p, v := range src {
				dst[(q+p)*mr+i] = alpha * v
			}
		}
		return
	}
	for i := 0; i < rows; i++ {
		src := a[(ir+i)*lda+pc:]
		src = src[:kc]
		if alpha == 1 {
			for p, v := range src {
				dst[p*mr+i] = v
			}
		} else {
			for p, v := range src {
				dst[p*mr+i] = alpha * v
			}
		}
	}
}

// scaleMatrix sets C = beta·C (C = 0 when beta is 0, whatever C held).
func scaleMatrix(c []float32, m, n, ldc int, beta float32) {
	for i := 0; i < m; i++ {
		row := c[i*ldc : i*ldc+n]
		switch beta {
		case 0:
			clear(row)
		case 1:
		default:
			for j := range row {
				row[j] *= beta
			}
		}
	}
}

var packBand = 16

var packBHook func(dst []float32, transB bool, b []float32, ldb, pc, jc, kc, nc, nr int)

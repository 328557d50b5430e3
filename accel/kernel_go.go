package accel

import "unsafe"

// gemmKernel is one register-blocked micro-kernel and the cache blocking it
// is tuned for. fn computes C[mr×nr] = Ap·Bp (+ beta·C when beta ≠ 0) where
// Ap holds k steps of mr floats and Bp k steps of nr floats.
type gemmKernel struct {
	name   string
	mr, nr int
	kc, nc int
	fn     func(k int, a, b, c *float32, ldc int, beta float32)
}

// goKernel is the portable micro-kernel: a 4×4 tile held in sixteen local
// variables, which the compiler keeps in registers.
var goKernel = &gemmKernel{name: "go-4x4", mr: 4, nr: 4, kc: 256, nc: 256, fn: sgemmKernel4x4Go}

func sgemmKernel4x4Go(k int, ap, bp, cp *float32, ldc int, beta float32) {
	a := unsafe.Slice(ap, 4*k)
	b := unsafe.Slice(bp, 4*k)
	var c00, c01, c02, c03, c10, c11, c12, c13, c20, c21, c22, c23, c30, c31, c32, c33 float32
	for p := 0; p < k; p++ {
		aa := a[4*p : 4*p+4 : 4*p+4]
		bb := b[4*p : 4*p+4 : 4*p+4]
		a0, a1, a2, a3 := aa[0], aa[1], aa[2], aa[3]
		b0, b1, b2, b3 := bb[0], bb[1], bb[2], bb[3]
		c00 += a0 * b0
		c01 += a0 * b1
		c02 += a0 * b2
		c03 += a0 * b3
		c10 += a1 * b0
		c11 += a1 * b1
		c12 += a1 * b2
		c13 += a1 * b3
		c20 += a2 * b0
		c21 += a2 * b1
		c22 += a2 * b2
		c23 += a2 * b3
		c30 += a3 * b0
		c31 += a3 * b1
		c32 += a3 * b2
		c33 += a3 * b3
	}
	c := unsafe.Slice(cp, 3*ldc+4)
	rows := [4][4]float32{{c00, c01, c02, c03}, {c10, c11, c12, c13}, {c20, c21, c22, c23}, {c30, c31, c32, c33}}
	for i := 0; i < 4; i++ {
		r := c[i*ldc : i*ldc+4 : i*ldc+4]
		if beta == 0 {
			r[0], r[1], r[2], r[3] = rows[i][0], rows[i][1], rows[i][2], rows[i][3]
		} else {
			r[0] = rows[i][0] + beta*r[0]
			r[1] = rows[i][1] + beta*r[1]
			r[2] = rows[i][2] + beta*r[2]
			r[3] = rows[i][3] + beta*r[3]
		}
	}
}

//go:build openblas && cgo

package openblas

/*
#cgo pkg-config: openblas
#include <cblas.h>
*/
import "C"

import (
	"fmt"
	"sync"
	"unsafe"

	"github.com/gograd/gograd/accel"
)

// OpenBLAS, through cgo, as a comparison baseline: built only with
// `-tags openblas` (needs Debian's libopenblas-dev and a C compiler).

func init() {
	if err := accel.Register(openBLAS{}); err != nil {
		panic(err)
	}
}

type openBLAS struct{}

func (openBLAS) Name() string     { return "openblas" }
func (openBLAS) Available() error { return nil }

var openBLASThreads struct {
	sync.Mutex
	n int
}

// Core is the kernel family OpenBLAS picked for this CPU (e.g.
// "Cooperlake").
func Core() string { return C.GoString(C.openblas_get_corename()) }

func setOpenBLASThreads() {
	t := accel.Threads()
	openBLASThreads.Lock()
	if openBLASThreads.n != t {
		C.openblas_set_num_threads(C.int(t))
		openBLASThreads.n = t
	}
	openBLASThreads.Unlock()
}

func (openBLAS) Sgemm(transA, transB bool, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) error {
	if err := accel.CheckSgemm(transA, transB, m, n, k, a, lda, b, ldb, c, ldc); err != nil {
		return err
	}
	if m == 0 || n == 0 {
		return nil
	}
	const maxInt32 = 1<<31 - 1
	if m > maxInt32 || n > maxInt32 || k > maxInt32 || lda > maxInt32 || ldb > maxInt32 || ldc > maxInt32 {
		return fmt.Errorf("accel: openblas: sizes exceed 32-bit BLAS integers")
	}
	setOpenBLASThreads()
	ta, tb := uint32(C.CblasNoTrans), uint32(C.CblasNoTrans)
	if transA {
		ta = C.CblasTrans
	}
	if transB {
		tb = C.CblasTrans
	}
	C.cblas_sgemm(C.CblasRowMajor, ta, tb, C.blasint(m), C.blasint(n), C.blasint(k), C.float(alpha),
		(*C.float)(unsafe.Pointer(&a[0])), C.blasint(lda), (*C.float)(unsafe.Pointer(&b[0])), C.blasint(ldb),
		C.float(beta), (*C.float)(unsafe.Pointer(&c[0])), C.blasint(ldc))
	return nil
}

func (o openBLAS) SgemmStridedBatched(transA, transB bool, m, n, k int, alpha float32, a []float32, lda, strideA int, b []float32, ldb, strideB int, beta float32, c []float32, ldc, strideC int, batch int) error {
	if err := accel.CheckSgemmStridedBatched(transA, transB, m, n, k, a, lda, strideA, b, ldb, strideB, c, ldc, strideC, batch); err != nil {
		return err
	}
	for i := 0; i < batch; i++ {
		if err := o.Sgemm(transA, transB, m, n, k, alpha, a[i*strideA:], lda, b[i*strideB:], ldb, beta, c[i*strideC:], ldc); err != nil {
			return err
		}
	}
	return nil
}

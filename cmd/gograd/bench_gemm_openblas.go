//go:build openblas && cgo

package main

import (
	"github.com/gograd/gograd/accel/openblas"
)

// Built with -tags openblas, `gograd bench gemm` measures OpenBLAS in
// process through cgo instead of through numpy.
func init() { openblasCore = openblas.Core }

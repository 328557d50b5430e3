// Package accel holds gograd's compute kernels and backends: everything
// that has to be fast. Tensors, autograd and models live elsewhere (tensor,
// gpt); this package only sees float32 slices.
//
// What it provides:
//
//   - Sgemm and SgemmStridedBatched: row-major float32 matrix products with
//     transposes, alpha/beta and leading dimensions, in the GotoBLAS/BLIS
//     structure (packed panels sized for L1/L2, a register-blocked
//     micro-kernel) with AVX-512 (12×32) and AVX2+FMA (6×16) micro-kernels
//     in Go assembly chosen at run time, a pure-Go kernel elsewhere and
//     under the noasm build tag, and a bandwidth-bound path for
//     matrix·vector (m = 1 or n = 1, one-token generation).
//   - Fused kernels for training and inference with plain slice
//     signatures, in AVX-512 and AVX2+FMA assembly with a pure-Go twin
//     each (chosen at run time; Go only under noasm): Add, Mul, Scale, Axpy, Dot, Sum, Max, Exp, Tanh,
//     GeluForward/Backward, SoftmaxForward/Backward,
//     LayerNormForward/Backward, CrossEntropySoftmax, AdamW and
//     AttentionForward/Backward (causal, never materialising T×T scores).
//   - A persistent worker pool shared by all of them: SetThreads limits the
//     threads one call uses; calls made from already parallel code run on
//     their caller instead of oversubscribing the cores.
//   - Backend, the one interface for compute devices: the CPU backend is
//     always present; "cuda" and "metal" are placeholders returning
//     ErrNotAvailable until a GPU package Registers a real one.
//     Available() reports CPU features, kernels and GPUs found.
//
// With the build tag openblas (cgo, Debian's libopenblas-dev) an
// "openblas" backend is registered as a comparison baseline; the default
// build needs neither cgo nor any C library.
//
// What it is not: a general BLAS (float32 only, no LAPACK), or a tensor
// library.
package accel

// Package tensor provides N-dimensional float32 tensors with NumPy
// broadcasting, zero-copy views and reverse-mode automatic
// differentiation: the PyTorch-like core of gograd.
//
// A Tensor is a view (shape, strides, offset) into a storage buffer.
// Reshape of a contiguous tensor, Transpose, Permute, Slice, Narrow,
// Select, Expand, Squeeze and Unsqueeze share storage; Contiguous copies
// only when the layout needs it. Math ops return new tensors; when an
// input has RequiresGrad, the op is recorded and Backward computes the
// gradients, which accumulate in Grad until ZeroGrad.
//
//	x := tensor.Randn(4, 3)
//	w := tensor.Randn(3, 2).RequiresGrad()
//	loss := x.MatMul(w).Tanh().Square().Mean()
//	loss.Backward()
//	fmt.Println(w.Grad())
//
// Misusing a math op (shapes that do not broadcast or align, an axis out of
// range) panics with an error naming the op and the shapes, e.g.
// "tensor: MatMul: shapes [2 3] and [4 5] do not align"; a notebook session
// recovers it and shows the message. Index tensors (targets, token ids)
// hold integers as float32 values.
//
// Matrix products go through accel.Sgemm (transposed views are passed as
// transpose flags, not copied); exp, tanh, GELU, softmax, LayerNorm,
// cross-entropy and causal attention use accel's fused SIMD kernels; other
// large ops split across cores (SetNumThreads). Large result buffers are
// recycled once unreachable, so training loops do not pay for fresh
// memory every step. Package tensor/nn holds
// layers (Linear, LayerNorm, Embedding, Dropout, Sequential) and the SGD
// and AdamW optimizers. Example_trainXOR (example_test.go) trains
// a two-layer network on XOR to a loss below 0.01.
package tensor

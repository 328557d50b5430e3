//go:build amd64 && !noasm

package accel

//go:noescape
func dotAVX512(x, y *float32, n int) float32

//go:noescape
func sumAVX512(x *float32, n int) float32

//go:noescape
func maxAVX512(x *float32, n int) float32

//go:noescape
func axpyAVX512(alpha float32, x, y *float32, n int)

//go:noescape
func addAVX512(dst, a, b *float32, n int)

//go:noescape
func mulAVX512(dst, a, b *float32, n int)

//go:noescape
func scaleAVX512(dst, x *float32, s float32, n int)

//go:noescape
func expSumAVX512(dst, x *float32, n int, shift float32) float32

//go:noescape
func tanhAVX512(dst, x *float32, n int)

//go:noescape
func geluAVX512(dst, x *float32, n int)

//go:noescape
func geluBackwardAVX512(dinp, x, dout *float32, n int)

//go:noescape
func sumSqDevAVX512(x *float32, n int, m float32) float32

//go:noescape
func lnApplyAVX512(out, x, w, b *float32, n int, m, s float32)

//go:noescape
func lnBackward1AVX512(dw, db, x, d, w *float32, n int, m, s float32, r *[2]float32)

//go:noescape
func lnBackward2AVX512(dinp, x, d, w *float32, n int, k *[4]float32)

//go:noescape
func adamwAVX512(p, grad, m, v *float32, n int, k *adamConsts)

//go:noescape
func axpy4AVX512(x *[4]float32, m *float32, ld int, y *float32, n int)

//go:noescape
func dot4AVX512(x, m *float32, ld, n int, out *[4]float32)

//go:noescape
func dotAVX2(x, y *float32, n int) float32

//go:noescape
func sumAVX2(x *float32, n int) float32

//go:noescape
func maxAVX2(x *float32, n int) float32

//go:noescape
func axpyAVX2(alpha float32, x, y *float32, n int)

//go:noescape
func addAVX2(dst, a, b *float32, n int)

//go:noescape
func mulAVX2(dst, a, b *float32, n int)

//go:noescape
func scaleAVX2(dst, x *float32, s float32, n int)

//go:noescape
func expSumAVX2(dst, x *float32, n int, shift float32) float32

//go:noescape
func tanhAVX2(dst, x *float32, n int)

//go:noescape
func geluAVX2(dst, x *float32, n int)

//go:noescape
func geluBackwardAVX2(dinp, x, dout *float32, n int)

//go:noescape
func sumSqDevAVX2(x *float32, n int, m float32) float32

//go:noescape
func lnApplyAVX2(out, x, w, b *float32, n int, m, s float32)

//go:noescape
func lnBackward1AVX2(dw, db, x, d, w *float32, n int, m, s float32, r *[2]float32)

//go:noescape
func lnBackward2AVX2(dinp, x, d, w *float32, n int, k *[4]float32)

//go:noescape
func adamwAVX2(p, grad, m, v *float32, n int, k *adamConsts)

//go:noescape
func axpy4AVX2(x *[4]float32, m *float32, ld int, y *float32, n int)

//go:noescape
func dot4AVX2(x, m *float32, ld, n int, out *[4]float32)

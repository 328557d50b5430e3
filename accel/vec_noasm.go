//go:build !amd64 || noasm

package accel

func dotAVX512(x, y *float32, n int) float32                     { panic("accel: no assembly") }
func sumAVX512(x *float32, n int) float32                        { panic("accel: no assembly") }
func maxAVX512(x *float32, n int) float32                        { panic("accel: no assembly") }
func axpyAVX512(alpha float32, x, y *float32, n int)             { panic("accel: no assembly") }
func addAVX512(dst, a, b *float32, n int)                        { panic("accel: no assembly") }
func mulAVX512(dst, a, b *float32, n int)                        { panic("accel: no assembly") }
func scaleAVX512(dst, x *float32, s float32, n int)              { panic("accel: no assembly") }
func expSumAVX512(dst, x *float32, n int, shift float32) float32 { panic("accel: no assembly") }
func tanhAVX512(dst, x *float32, n int)                          { panic("accel: no assembly") }
func geluAVX512(dst, x *float32, n int)                          { panic("accel: no assembly") }
func geluBackwardAVX512(dinp, x, dout *float32, n int)           { panic("accel: no assembly") }

func sumSqDevAVX512(x *float32, n int, m float32) float32      { panic("accel: no assembly") }
func lnApplyAVX512(out, x, w, b *float32, n int, m, s float32) { panic("accel: no assembly") }
func lnBackward1AVX512(dw, db, x, d, w *float32, n int, m, s float32, r *[2]float32) {
	panic("accel: no assembly")
}
func lnBackward2AVX512(dinp, x, d, w *float32, n int, k *[4]float32) { panic("accel: no assembly") }
func adamwAVX512(p, g, m, v *float32, n int, k *adamConsts)          { panic("accel: no assembly") }

func axpy4AVX512(x *[4]float32, m *float32, ld int, y *float32, n int) { panic("accel: no assembly") }

func dot4AVX512(x, m *float32, ld, n int, out *[4]float32) { panic("accel: no assembly") }

func dotAVX2(x, y *float32, n int) float32                     { panic("accel: no assembly") }
func sumAVX2(x *float32, n int) float32                        { panic("accel: no assembly") }
func maxAVX2(x *float32, n int) float32                        { panic("accel: no assembly") }
func axpyAVX2(alpha float32, x, y *float32, n int)             { panic("accel: no assembly") }
func addAVX2(dst, a, b *float32, n int)                        { panic("accel: no assembly") }
func mulAVX2(dst, a, b *float32, n int)                        { panic("accel: no assembly") }
func scaleAVX2(dst, x *float32, s float32, n int)              { panic("accel: no assembly") }
func expSumAVX2(dst, x *float32, n int, shift float32) float32 { panic("accel: no assembly") }
func tanhAVX2(dst, x *float32, n int)                          { panic("accel: no assembly") }
func geluAVX2(dst, x *float32, n int)                          { panic("accel: no assembly") }
func geluBackwardAVX2(dinp, x, dout *float32, n int)           { panic("accel: no assembly") }
func sumSqDevAVX2(x *float32, n int, m float32) float32        { panic("accel: no assembly") }
func lnApplyAVX2(out, x, w, b *float32, n int, m, s float32)   { panic("accel: no assembly") }
func lnBackward1AVX2(dw, db, x, d, w *float32, n int, m, s float32, r *[2]float32) {
	panic("accel: no assembly")
}
func lnBackward2AVX2(dinp, x, d, w *float32, n int, k *[4]float32)   { panic("accel: no assembly") }
func adamwAVX2(p, grad, m, v *float32, n int, k *adamConsts)         { panic("accel: no assembly") }
func axpy4AVX2(x *[4]float32, m *float32, ld int, y *float32, n int) { panic("accel: no assembly") }
func dot4AVX2(x, m *float32, ld, n int, out *[4]float32)             { panic("accel: no assembly") }

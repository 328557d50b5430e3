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

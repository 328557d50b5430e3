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

package main

import (
	"fmt"
	"math"
)

// Constants for the vector kernels, emitted once as read-only data; each
// is broadcast from memory into a register at the start of a kernel.
var consts = []struct {
	name string
	v    float32
}{
	{"log2e", float32(math.Log2E)},
	{"ln2hi", 0.693359375},
	{"ln2lo", -2.12194440e-4},
	{"explo", -103.97},
	{"exphi", 89},
	{"explo2", -87.33654}, // ln(2⁻¹²⁶): the AVX2 exp's lower clamp
	{"c7", 1.0 / 5040}, {"c6", 1.0 / 720}, {"c5", 1.0 / 120}, {"c4", 1.0 / 24},
	{"c3", 1.0 / 6}, {"c2", 0.5}, {"c1", 1}, {"c0", 1},
	// tanh(x) ≈ x·P(x²)/Q(x²) on |x| ≤ 7.9053 (a rational minimax fit,
	// accurate to a few ulp), ±1 beyond.
	{"tclamp", 7.90531110763549805},
	{"ta1", 4.89352455891786e-03}, {"ta3", 6.37261928875436e-04}, {"ta5", 1.48572235717979e-05},
	{"ta7", 5.12229709037114e-08}, {"ta9", -8.60467152213735e-11}, {"ta11", 2.00018790482477e-13},
	{"ta13", -2.76076847742355e-16},
	{"tb0", 4.89352518554385e-03}, {"tb2", 2.26843463243900e-03}, {"tb4", 1.18534705686654e-04},
	{"tb6", 1.19825839466702e-06},
	{"half", 0.5}, {"one", 1},
	{"gs", float32(math.Sqrt(2 / math.Pi))},           // sqrt(2/π)
	{"gsc", float32(math.Sqrt(2/math.Pi) * 0.044715)}, // sqrt(2/π)·0.044715
	{"gsc3", float32(math.Sqrt(2/math.Pi) * 0.044715 * 3)},
}

func constOff(name string) int {
	for i, c := range consts {
		if c.name == name {
			return 4 * i
		}
	}
	panic("no constant " + name)
}

func bc(name string, reg int) { p("\tVBROADCASTSS vconst<>+%d(SB), Z%d", constOff(name), reg) }

func emitConsts() {
	for i, c := range consts {
		p("DATA vconst<>+%d(SB)/4, $0x%08x // %s = %g", 4*i, math.Float32bits(c.v), c.name, c.v)
	}
	p("GLOBL vconst<>(SB), RODATA|NOPTR, $%d", 4*len(consts))
	p("")
}

// expConsts loads the exp constants into Z16..Z28.
func expConsts() {
	for i, n := range []string{"log2e", "ln2hi", "ln2lo", "explo", "exphi", "c7", "c6", "c5", "c4", "c3", "c2", "c1", "c0"} {
		bc(n, 16+i)
	}
}

// expZ computes Z(dst) = exp(Z(src)) with temporaries t, t+1 (src kept).
func expZ(src, dst, t int) {
	p("\tVMAXPS Z%d, Z19, Z%d", src, t+1) // NaN in src stays NaN
	p("\tVMINPS Z%d, Z20, Z%d", t+1, t+1)
	p("\tVMULPS Z16, Z%d, Z%d", t+1, t)
	p("\tVRNDSCALEPS $0, Z%d, Z%d", t, t) // n = round(x·log2e)
	p("\tVFNMADD231PS Z17, Z%d, Z%d", t, t+1)
	p("\tVFNMADD231PS Z18, Z%d, Z%d", t, t+1) // r = x − n·ln2
	p("\tVMOVAPS Z21, Z%d", dst)
	for c := 22; c <= 28; c++ {
		p("\tVFMADD213PS Z%d, Z%d, Z%d", c, t+1, dst)
	}
	p("\tVSCALEFPS Z%d, Z%d, Z%d", t, dst, dst) // ·2ⁿ
}

// tanhConsts loads the tanh constants into Z16..Z27.
func tanhConsts() {
	for i, n := range []string{"tclamp", "ta1", "ta3", "ta5", "ta7", "ta9", "ta11", "ta13", "tb0", "tb2", "tb4", "tb6"} {
		bc(n, 16+i)
	}
	p("\tVXORPS Z15, Z15, Z15")
	p("\tVSUBPS Z16, Z15, Z15") // −clamp
}

// tanhZ computes Z(dst) = tanh(Z(src)) with temporaries t, t+1, t+2.
func tanhZ(src, dst, t int) {
	x, x2, q := t, t+1, t+2
	p("\tVMINPS Z%d, Z16, Z%d", src, x)
	p("\tVMAXPS Z%d, Z15, Z%d", x, x)
	p("\tVMULPS Z%d, Z%d, Z%d", x, x, x2)
	p("\tVMOVAPS Z23, Z%d", dst) // a13
	for c := 22; c >= 17; c-- {
		p("\tVFMADD213PS Z%d, Z%d, Z%d", c, x2, dst)
	}
	p("\tVMULPS Z%d, Z%d, Z%d", x, dst, dst)
	p("\tVMOVAPS Z27, Z%d", q) // b6
	for c := 26; c >= 24; c-- {
		p("\tVFMADD213PS Z%d, Z%d, Z%d", c, x2, q)
	}
	p("\tVDIVPS Z%d, Z%d, Z%d", q, dst, dst)
}

// loop emits a loop over CX elements 16 at a time (CX a multiple of 16).
func loop(name string, body func()) {
	p("%s_loop:", name)
	p("\tCMPQ CX, $16")
	p("\tJL %s_done", name)
	body()
	p("\tSUBQ $16, CX")
	p("\tJMP %s_loop", name)
	p("%s_done:", name)
}

// loop2 is loop with a first pass 32 elements at a time (two independent
// dependency chains, body2) before the 16-at-a-time tail (body).
func loop2(name string, body2, body func()) {
	p("%s_loop32:", name)
	p("\tCMPQ CX, $32")
	p("\tJL %s_loop", name)
	body2()
	p("\tSUBQ $32, CX")
	p("\tJMP %s_loop32", name)
	loop(name, body)
}

func hsum(z int) { // horizontal sum of Z(z) into X(z) lane 0, uses X14
	p("\tVEXTRACTF32X8 $1, Z%d, Y14", z)
	p("\tVADDPS Y14, Y%d, Y%d", z, z)
	p("\tVEXTRACTF128 $1, Y%d, X14", z)
	p("\tVADDPS X14, X%d, X%d", z, z)
	p("\tVMOVHLPS X%d, X%d, X14", z, z)
	p("\tVADDPS X14, X%d, X%d", z, z)
	p("\tVPSHUFD $1, X%d, X14", z)
	p("\tVADDSS X14, X%d, X%d", z, z)
}

func vecKernels() {
	emitConsts()

	p("// func dotAVX512(x, y *float32, n int) float32")
	p("TEXT ·dotAVX512(SB), NOSPLIT, $0-28")
	p("\tMOVQ x+0(FP), SI\n\tMOVQ y+8(FP), DI\n\tMOVQ n+16(FP), CX")
	for i := 0; i < 4; i++ {
		p("\tVPXORD Z%d, Z%d, Z%d", i, i, i)
	}
	p("dot_loop64:\n\tCMPQ CX, $64\n\tJL dot_loop")
	for i := 0; i < 4; i++ {
		p("\tVMOVUPS %d(SI), Z%d", 64*i, 4+i)
		p("\tVFMADD231PS %d(DI), Z%d, Z%d", 64*i, 4+i, i)
	}
	p("\tADDQ $256, SI\n\tADDQ $256, DI\n\tSUBQ $64, CX\n\tJMP dot_loop64")
	loop("dot", func() {
		p("\tVMOVUPS (SI), Z4\n\tVFMADD231PS (DI), Z4, Z0\n\tADDQ $64, SI\n\tADDQ $64, DI")
	})
	p("\tVADDPS Z1, Z0, Z0\n\tVADDPS Z3, Z2, Z2\n\tVADDPS Z2, Z0, Z0")
	hsum(0)
	p("\tVZEROUPPER\n\tMOVSS X0, ret+24(FP)\n\tRET\n")

	p("// func sumAVX512(x *float32, n int) float32")
	p("TEXT ·sumAVX512(SB), NOSPLIT, $0-20")
	p("\tMOVQ x+0(FP), SI\n\tMOVQ n+8(FP), CX")
	for i := 0; i < 4; i++ {
		p("\tVPXORD Z%d, Z%d, Z%d", i, i, i)
	}
	p("sum_loop64:\n\tCMPQ CX, $64\n\tJL sum_loop")
	for i := 0; i < 4; i++ {
		p("\tVADDPS %d(SI), Z%d, Z%d", 64*i, i, i)
	}
	p("\tADDQ $256, SI\n\tSUBQ $64, CX\n\tJMP sum_loop64")
	loop("sum", func() { p("\tVADDPS (SI), Z0, Z0\n\tADDQ $64, SI") })
	p("\tVADDPS Z1, Z0, Z0\n\tVADDPS Z3, Z2, Z2\n\tVADDPS Z2, Z0, Z0")
	hsum(0)
	p("\tVZEROUPPER\n\tMOVSS X0, ret+16(FP)\n\tRET\n")

	p("// func maxAVX512(x *float32, n int) float32 (n ≥ 16)")
	p("TEXT ·maxAVX512(SB), NOSPLIT, $0-20")
	p("\tMOVQ x+0(FP), SI\n\tMOVQ n+8(FP), CX\n\tVMOVUPS (SI), Z0")
	loop("max", func() { p("\tVMAXPS (SI), Z0, Z0\n\tADDQ $64, SI") })
	p("\tVEXTRACTF32X8 $1, Z0, Y14\n\tVMAXPS Y14, Y0, Y0\n\tVEXTRACTF128 $1, Y0, X14\n\tVMAXPS X14, X0, X0")
	p("\tVMOVHLPS X0, X0, X14\n\tVMAXPS X14, X0, X0\n\tVPSHUFD $1, X0, X14\n\tVMAXSS X14, X0, X0")
	p("\tVZEROUPPER\n\tMOVSS X0, ret+16(FP)\n\tRET\n")

	p("// func axpyAVX512(alpha float32, x, y *float32, n int)")
	p("TEXT ·axpyAVX512(SB), NOSPLIT, $0-32")
	p("\tVBROADCASTSS alpha+0(FP), Z0\n\tMOVQ x+8(FP), SI\n\tMOVQ y+16(FP), DI\n\tMOVQ n+24(FP), CX")
	p("axpy_loop64:\n\tCMPQ CX, $64\n\tJL axpy_loop")
	for i := 0; i < 4; i++ {
		p("\tVMOVUPS %d(DI), Z%d\n\tVFMADD231PS %d(SI), Z0, Z%d\n\tVMOVUPS Z%d, %d(DI)", 64*i, i+1, 64*i, i+1, i+1, 64*i)
	}
	p("\tADDQ $256, SI\n\tADDQ $256, DI\n\tSUBQ $64, CX\n\tJMP axpy_loop64")
	loop("axpy", func() {
		p("\tVMOVUPS (DI), Z1\n\tVFMADD231PS (SI), Z0, Z1\n\tVMOVUPS Z1, (DI)\n\tADDQ $64, SI\n\tADDQ $64, DI")
	})
	p("\tVZEROUPPER\n\tRET\n")

	for _, op := range []struct{ name, ins string }{{"add", "VADDPS"}, {"mul", "VMULPS"}} {
		p("// func %sAVX512(dst, a, b *float32, n int)", op.name)
		p("TEXT ·%sAVX512(SB), NOSPLIT, $0-32", op.name)
		p("\tMOVQ dst+0(FP), DX\n\tMOVQ a+8(FP), SI\n\tMOVQ b+16(FP), DI\n\tMOVQ n+24(FP), CX")
		loop(op.name, func() {
			p("\tVMOVUPS (SI), Z1\n\t%s (DI), Z1, Z1\n\tVMOVUPS Z1, (DX)\n\tADDQ $64, SI\n\tADDQ $64, DI\n\tADDQ $64, DX", op.ins)
		})
		p("\tVZEROUPPER\n\tRET\n")
	}

	p("// func scaleAVX512(dst, x *float32, s float32, n int)")
	p("TEXT ·scaleAVX512(SB), NOSPLIT, $0-32")
	p("\tMOVQ dst+0(FP), DX\n\tMOVQ x+8(FP), SI\n\tVBROADCASTSS s+16(FP), Z0\n\tMOVQ n+24(FP), CX")
	loop("scale", func() { p("\tVMULPS (SI), Z0, Z1\n\tVMOVUPS Z1, (DX)\n\tADDQ $64, SI\n\tADDQ $64, DX") })
	p("\tVZEROUPPER\n\tRET\n")

	p("// func expSumAVX512(dst, x *float32, n int, shift float32) float32")
	p("//")
	p("// dst[i] = exp(x[i] − shift); returns the sum of dst.")
	p("TEXT ·expSumAVX512(SB), NOSPLIT, $0-36")
	p("\tMOVQ dst+0(FP), DI\n\tMOVQ x+8(FP), SI\n\tMOVQ n+16(FP), CX\n\tVBROADCASTSS shift+24(FP), Z29\n\tVPXORD Z30, Z30, Z30")
	expConsts()
	loop2("expsum", func() {
		p("\tVMOVUPS (SI), Z0\n\tVSUBPS Z29, Z0, Z0")
		p("\tVMOVUPS 64(SI), Z4\n\tVSUBPS Z29, Z4, Z4")
		expZ(0, 3, 1)
		expZ(4, 7, 5)
		p("\tVMOVUPS Z3, (DI)\n\tVADDPS Z3, Z30, Z30")
		p("\tVMOVUPS Z7, 64(DI)\n\tVADDPS Z7, Z30, Z30\n\tADDQ $128, SI\n\tADDQ $128, DI")
	}, func() {
		p("\tVMOVUPS (SI), Z0\n\tVSUBPS Z29, Z0, Z0")
		expZ(0, 3, 1)
		p("\tVMOVUPS Z3, (DI)\n\tVADDPS Z3, Z30, Z30\n\tADDQ $64, SI\n\tADDQ $64, DI")
	})
	p("\tVMOVAPS Z30, Z0")
	hsum(0)
	p("\tVZEROUPPER\n\tMOVSS X0, ret+32(FP)\n\tRET\n")

	p("// func tanhAVX512(dst, x *float32, n int)")
	p("TEXT ·tanhAVX512(SB), NOSPLIT, $0-24")
	p("\tMOVQ dst+0(FP), DI\n\tMOVQ x+8(FP), SI\n\tMOVQ n+16(FP), CX")
	tanhConsts()
	loop2("tanh", func() {
		p("\tVMOVUPS (SI), Z0\n\tVMOVUPS 64(SI), Z5")
		tanhZ(0, 4, 1)
		tanhZ(5, 9, 6)
		p("\tVMOVUPS Z4, (DI)\n\tVMOVUPS Z9, 64(DI)\n\tADDQ $128, SI\n\tADDQ $128, DI")
	}, func() {
		p("\tVMOVUPS (SI), Z0")
		tanhZ(0, 4, 1)
		p("\tVMOVUPS Z4, (DI)\n\tADDQ $64, SI\n\tADDQ $64, DI")
	})
	p("\tVZEROUPPER\n\tRET\n")

	// GELU, tanh form: u = x·(s + s·c·x²), out = ½x·(1 + tanh u).
	p("// func geluAVX512(dst, x *float32, n int)")
	p("TEXT ·geluAVX512(SB), NOSPLIT, $0-24")
	p("\tMOVQ dst+0(FP), DI\n\tMOVQ x+8(FP), SI\n\tMOVQ n+16(FP), CX")
	tanhConsts()
	bc("gs", 28)
	bc("gsc", 29)
	bc("half", 30)
	geluOne := func(off, x, sq, u, th, t, h int) {
		p("\tVMOVUPS %d(SI), Z%d", off, x)
		p("\tVMULPS Z%d, Z%d, Z%d\n\tVMOVAPS Z29, Z%d\n\tVFMADD213PS Z28, Z%d, Z%d\n\tVMULPS Z%d, Z%d, Z%d", x, x, sq, u, sq, u, u, x, u) // u
		tanhZ(u, th, t)
		p("\tVMULPS Z30, Z%d, Z%d", x, h)          // ½x
		p("\tVFMADD213PS Z%d, Z%d, Z%d", h, h, th) // ½x·th + ½x
		p("\tVMOVUPS Z%d, %d(DI)", th, off)
	}
	loop2("gelu", func() {
		geluOne(0, 0, 5, 6, 4, 1, 7)
		geluOne(64, 8, 13, 14, 12, 9, 31)
		p("\tADDQ $128, SI\n\tADDQ $128, DI")
	}, func() {
		geluOne(0, 0, 5, 6, 4, 1, 7)
		p("\tADDQ $64, SI\n\tADDQ $64, DI")
	})
	p("\tVZEROUPPER\n\tRET\n")

	// dinp += dout·(½(1+th) + ½x·(1−th²)·(s + 3sc·x²))
	p("// func geluBackwardAVX512(dinp, x, dout *float32, n int)")
	p("TEXT ·geluBackwardAVX512(SB), NOSPLIT, $0-32")
	p("\tMOVQ dinp+0(FP), DI\n\tMOVQ x+8(FP), SI\n\tMOVQ dout+16(FP), DX\n\tMOVQ n+24(FP), CX")
	tanhConsts()
	bc("gs", 28)
	bc("gsc", 29)
	bc("half", 30)
	bc("gsc3", 31)
	bc("one", 14)
	loop("gelub", func() {
		p("\tVMOVUPS (SI), Z0")
		p("\tVMULPS Z0, Z0, Z5\n\tVMOVAPS Z29, Z6\n\tVFMADD213PS Z28, Z5, Z6\n\tVMULPS Z6, Z0, Z6") // u
		tanhZ(6, 4, 1)
		p("\tVMOVAPS Z31, Z7\n\tVFMADD213PS Z28, Z5, Z7")                    // du/dx = s + 3sc·x²
		p("\tVMOVAPS Z4, Z8\n\tVFNMADD213PS Z14, Z4, Z8")                    // 1 − th²
		p("\tVMULPS Z8, Z7, Z7\n\tVMULPS Z0, Z7, Z7")                        // x·(1−th²)·du
		p("\tVADDPS Z14, Z4, Z4\n\tVADDPS Z7, Z4, Z4\n\tVMULPS Z30, Z4, Z4") // ½(1+th+x(1−th²)du)
		p("\tVMOVUPS (DI), Z9\n\tVFMADD231PS (DX), Z4, Z9\n\tVMOVUPS Z9, (DI)")
		p("\tADDQ $64, SI\n\tADDQ $64, DI\n\tADDQ $64, DX")
	})
	p("\tVZEROUPPER\n\tRET\n")
}

var _ = fmt.Sprint

// axpy4 adds four scaled rows at once, so the accumulator row is loaded
// and stored once per four matrix rows (the m = 1 GEMV path).
func axpy4Kernel() {
	p("// func axpy4AVX512(x *[4]float32, m *float32, ld int, y *float32, n int)")
	p("//")
	p("// y[j] += x[0]·m[j] + x[1]·m[ld+j] + x[2]·m[2ld+j] + x[3]·m[3ld+j], n a")
	p("// multiple of 16.")
	p("TEXT ·axpy4AVX512(SB), NOSPLIT, $0-40")
	p("\tMOVQ x+0(FP), AX\n\tMOVQ m+8(FP), SI\n\tMOVQ ld+16(FP), R8\n\tMOVQ y+24(FP), DI\n\tMOVQ n+32(FP), CX")
	p("\tSHLQ $2, R8\n\tLEAQ (R8)(R8*2), R9")
	p("\tVBROADCASTSS (AX), Z0\n\tVBROADCASTSS 4(AX), Z1\n\tVBROADCASTSS 8(AX), Z2\n\tVBROADCASTSS 12(AX), Z3")
	p("axpy4_loop32:\n\tCMPQ CX, $32\n\tJL axpy4_loop")
	for h := 0; h < 2; h++ {
		o := 64 * h
		r := 4 + 2*h
		p("\tVMOVUPS %d(DI), Z%d", o, r)
		p("\tVFMADD231PS %d(SI), Z0, Z%d", o, r)
		p("\tVMULPS %d(SI)(R8*1), Z1, Z%d", o, r+1)
		p("\tVFMADD231PS %d(SI)(R8*2), Z2, Z%d", o, r)
		p("\tVFMADD231PS %d(SI)(R9*1), Z3, Z%d", o, r+1)
		p("\tVADDPS Z%d, Z%d, Z%d", r+1, r, r)
		p("\tVMOVUPS Z%d, %d(DI)", r, o)
	}
	p("\tADDQ $128, SI\n\tADDQ $128, DI\n\tSUBQ $32, CX\n\tJMP axpy4_loop32")
	loop("axpy4", func() {
		p("\tVMOVUPS (DI), Z4\n\tVFMADD231PS (SI), Z0, Z4\n\tVMULPS (SI)(R8*1), Z1, Z5")
		p("\tVFMADD231PS (SI)(R8*2), Z2, Z4\n\tVFMADD231PS (SI)(R9*1), Z3, Z5\n\tVADDPS Z5, Z4, Z4\n\tVMOVUPS Z4, (DI)")
		p("\tADDQ $64, SI\n\tADDQ $64, DI")
	})
	p("\tVZEROUPPER\n\tRET\n")
}

// dot4 computes four dot products against one vector at once: x is loaded
// once for four matrix rows, and four row streams keep more memory
// requests in flight (the transposed m = 1 GEMV path).
func dot4Kernel() {
	p("// func dot4AVX512(x, m *float32, ld, n int, out *[4]float32)")
	p("//")
	p("// out[r] = Σj x[j]·m[r·ld + j] for r < 4; n a multiple of 16.")
	p("TEXT ·dot4AVX512(SB), NOSPLIT, $0-40")
	p("\tMOVQ x+0(FP), DI\n\tMOVQ m+8(FP), SI\n\tMOVQ ld+16(FP), R8\n\tMOVQ n+24(FP), CX")
	p("\tSHLQ $2, R8\n\tLEAQ (R8)(R8*2), R9")
	for i := 16; i < 24; i++ {
		p("\tVPXORD Z%d, Z%d, Z%d", i, i, i)
	}
	rows := []string{"(SI)", "(SI)(R8*1)", "(SI)(R8*2)", "(SI)(R9*1)"}
	p("dot4_loop32:\n\tCMPQ CX, $32\n\tJL dot4_loop")
	p("\tVMOVUPS (DI), Z0\n\tVMOVUPS 64(DI), Z1")
	for r, a := range rows {
		p("\tVFMADD231PS %s, Z0, Z%d", a, 16+2*r)
		p("\tVFMADD231PS 64%s, Z1, Z%d", a, 17+2*r)
	}
	p("\tADDQ $128, SI\n\tADDQ $128, DI\n\tSUBQ $32, CX\n\tJMP dot4_loop32")
	loop("dot4", func() {
		p("\tVMOVUPS (DI), Z0")
		for r, a := range rows {
			p("\tVFMADD231PS %s, Z0, Z%d", a, 16+2*r)
		}
		p("\tADDQ $64, SI\n\tADDQ $64, DI")
	})
	p("\tMOVQ out+32(FP), AX")
	for r := 0; r < 4; r++ {
		p("\tVADDPS Z%d, Z%d, Z1", 17+2*r, 16+2*r)
		hsum(1)
		p("\tVMOVSS X1, %d(AX)", 4*r)
	}
	p("\tVZEROUPPER\n\tRET\n")
}

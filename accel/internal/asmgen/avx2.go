package main

import "math"

// AVX2+FMA twins of the vector kernels, for x86-64 CPUs without AVX-512:
// 8 lanes, 16 ymm registers, so constants are read from memory (32-byte
// vectors in vconst8) instead of living in registers, and 2ⁿ in exp is
// built from exponent bits instead of VSCALEFPS.

func c8(name string) string { return "vconst8<>+" + itoa(8*constOff(name)) + "(SB)" }

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	s := ""
	for i > 0 {
		s = string(rune('0'+i%10)) + s
		i /= 10
	}
	return s
}

func emitConsts8() {
	for i, c := range consts {
		for j := 0; j < 8; j++ {
			p("DATA vconst8<>+%d(SB)/4, $0x%08x", 32*i+4*j, math.Float32bits(c.v))
		}
	}
	n := len(consts)
	for j := 0; j < 8; j++ { // i127: the exponent bias, as int32 lanes
		p("DATA vconst8<>+%d(SB)/4, $0x0000007f", 32*n+4*j)
	}
	p("GLOBL vconst8<>(SB), RODATA|NOPTR, $%d", 32*(n+1))
	p("")
}

func i127() string { return "vconst8<>+" + itoa(32*len(consts)) + "(SB)" }

// loopY is loop for 8-lane vectors (CX a multiple of 8).
func loopY(name string, body func()) {
	p("%s_loop:", name)
	p("\tCMPQ CX, $8")
	p("\tJL %s_done", name)
	body()
	p("\tSUBQ $8, CX")
	p("\tJMP %s_loop", name)
	p("%s_done:", name)
}

// hsumY adds the 8 lanes of Y(z) into lane 0 of X(z), using X(s).
func hsumY(z, s int) {
	p("\tVEXTRACTF128 $1, Y%d, X%d", z, s)
	p("\tVADDPS X%d, X%d, X%d", s, z, z)
	p("\tVMOVHLPS X%d, X%d, X%d", z, z, s)
	p("\tVADDPS X%d, X%d, X%d", s, z, z)
	p("\tVPSHUFD $1, X%d, X%d", z, s)
	p("\tVADDSS X%d, X%d, X%d", s, z, z)
}

// expY computes Y(dst) = exp(Y(src)); Y12 = lo clamp, Y13 = hi clamp;
// temporaries t..t+2.
func expY(src, dst, t int) {
	x, n, r := t, t+1, t+2
	p("\tVMAXPS Y%d, Y12, Y%d", src, x) // NaN in src stays NaN
	p("\tVMINPS Y%d, Y13, Y%d", x, x)
	p("\tVMULPS %s, Y%d, Y%d", c8("log2e"), x, n)
	p("\tVROUNDPS $0, Y%d, Y%d", n, n)
	p("\tVMOVAPS Y%d, Y%d", x, r)
	p("\tVFNMADD231PS %s, Y%d, Y%d", c8("ln2hi"), n, r)
	p("\tVFNMADD231PS %s, Y%d, Y%d", c8("ln2lo"), n, r)
	p("\tVMOVUPS %s, Y%d", c8("c7"), dst)
	for _, c := range []string{"c6", "c5", "c4", "c3", "c2", "c1", "c0"} {
		p("\tVFMADD213PS %s, Y%d, Y%d", c8(c), r, dst)
	}
	// 2ⁿ as two factors 2^(n>>1)·2^(n−n>>1), each within the normal range.
	p("\tVCVTPS2DQ Y%d, Y%d", n, n)
	p("\tVPSRAD $1, Y%d, Y%d", n, r)
	p("\tVPSUBD Y%d, Y%d, Y%d", r, n, n)
	p("\tVPADDD %s, Y%d, Y%d", i127(), r, r)
	p("\tVPSLLD $23, Y%d, Y%d", r, r)
	p("\tVMULPS Y%d, Y%d, Y%d", r, dst, dst)
	p("\tVPADDD %s, Y%d, Y%d", i127(), n, n)
	p("\tVPSLLD $23, Y%d, Y%d", n, n)
	p("\tVMULPS Y%d, Y%d, Y%d", n, dst, dst)
	// Below the clamp the true value underflows: 0.
	p("\tVCMPPS $1, Y12, Y%d, Y%d", src, n)
	p("\tVANDNPS Y%d, Y%d, Y%d", dst, n, dst)
}

// tanhY computes Y(dst) = tanh(Y(src)); Y13 = clamp, Y12 = −clamp;
// temporaries t..t+2.
func tanhY(src, dst, t int) {
	x, x2, q := t, t+1, t+2
	p("\tVMINPS Y%d, Y13, Y%d", src, x)
	p("\tVMAXPS Y%d, Y12, Y%d", x, x)
	p("\tVMULPS Y%d, Y%d, Y%d", x, x, x2)
	p("\tVMOVUPS %s, Y%d", c8("ta13"), dst)
	for _, c := range []string{"ta11", "ta9", "ta7", "ta5", "ta3", "ta1"} {
		p("\tVFMADD213PS %s, Y%d, Y%d", c8(c), x2, dst)
	}
	p("\tVMULPS Y%d, Y%d, Y%d", x, dst, dst)
	p("\tVMOVUPS %s, Y%d", c8("tb6"), q)
	for _, c := range []string{"tb4", "tb2", "tb0"} {
		p("\tVFMADD213PS %s, Y%d, Y%d", c8(c), x2, q)
	}
	p("\tVDIVPS Y%d, Y%d, Y%d", q, dst, dst)
}

func tanhClampY() {
	p("\tVMOVUPS %s, Y13", c8("tclamp"))
	p("\tVXORPS Y12, Y12, Y12")
	p("\tVSUBPS Y13, Y12, Y12")
}

func avx2Kernels() {
	emitConsts8()

	p("// func dotAVX2(x, y *float32, n int) float32")
	p("TEXT ·dotAVX2(SB), NOSPLIT, $0-28")
	p("\tMOVQ x+0(FP), SI\n\tMOVQ y+8(FP), DI\n\tMOVQ n+16(FP), CX")
	for i := 0; i < 4; i++ {
		p("\tVXORPS Y%d, Y%d, Y%d", i, i, i)
	}
	p("dot2_loop32:\n\tCMPQ CX, $32\n\tJL dot2_loop")
	for i := 0; i < 4; i++ {
		p("\tVMOVUPS %d(SI), Y%d\n\tVFMADD231PS %d(DI), Y%d, Y%d", 32*i, 4+i, 32*i, 4+i, i)
	}
	p("\tADDQ $128, SI\n\tADDQ $128, DI\n\tSUBQ $32, CX\n\tJMP dot2_loop32")
	loopY("dot2", func() { p("\tVMOVUPS (SI), Y4\n\tVFMADD231PS (DI), Y4, Y0\n\tADDQ $32, SI\n\tADDQ $32, DI") })
	p("\tVADDPS Y1, Y0, Y0\n\tVADDPS Y3, Y2, Y2\n\tVADDPS Y2, Y0, Y0")
	hsumY(0, 14)
	p("\tVZEROUPPER\n\tMOVSS X0, ret+24(FP)\n\tRET\n")

	p("// func sumAVX2(x *float32, n int) float32")
	p("TEXT ·sumAVX2(SB), NOSPLIT, $0-20")
	p("\tMOVQ x+0(FP), SI\n\tMOVQ n+8(FP), CX\n\tVXORPS Y0, Y0, Y0")
	loopY("sum2", func() { p("\tVADDPS (SI), Y0, Y0\n\tADDQ $32, SI") })
	hsumY(0, 14)
	p("\tVZEROUPPER\n\tMOVSS X0, ret+16(FP)\n\tRET\n")

	p("// func maxAVX2(x *float32, n int) float32 (n ≥ 8)")
	p("TEXT ·maxAVX2(SB), NOSPLIT, $0-20")
	p("\tMOVQ x+0(FP), SI\n\tMOVQ n+8(FP), CX\n\tVMOVUPS (SI), Y0")
	loopY("max2", func() { p("\tVMAXPS (SI), Y0, Y0\n\tADDQ $32, SI") })
	p("\tVEXTRACTF128 $1, Y0, X14\n\tVMAXPS X14, X0, X0")
	p("\tVMOVHLPS X0, X0, X14\n\tVMAXPS X14, X0, X0\n\tVPSHUFD $1, X0, X14\n\tVMAXSS X14, X0, X0")
	p("\tVZEROUPPER\n\tMOVSS X0, ret+16(FP)\n\tRET\n")

	p("// func axpyAVX2(alpha float32, x, y *float32, n int)")
	p("TEXT ·axpyAVX2(SB), NOSPLIT, $0-32")
	p("\tVBROADCASTSS alpha+0(FP), Y0\n\tMOVQ x+8(FP), SI\n\tMOVQ y+16(FP), DI\n\tMOVQ n+24(FP), CX")
	loopY("axpy2", func() {
		p("\tVMOVUPS (DI), Y1\n\tVFMADD231PS (SI), Y0, Y1\n\tVMOVUPS Y1, (DI)\n\tADDQ $32, SI\n\tADDQ $32, DI")
	})
	p("\tVZEROUPPER\n\tRET\n")

	for _, op := range []struct{ name, ins string }{{"add", "VADDPS"}, {"mul", "VMULPS"}} {
		p("// func %sAVX2(dst, a, b *float32, n int)", op.name)
		p("TEXT ·%sAVX2(SB), NOSPLIT, $0-32", op.name)
		p("\tMOVQ dst+0(FP), DX\n\tMOVQ a+8(FP), SI\n\tMOVQ b+16(FP), DI\n\tMOVQ n+24(FP), CX")
		loopY(op.name+"2", func() {
			p("\tVMOVUPS (SI), Y1\n\t%s (DI), Y1, Y1\n\tVMOVUPS Y1, (DX)\n\tADDQ $32, SI\n\tADDQ $32, DI\n\tADDQ $32, DX", op.ins)
		})
		p("\tVZEROUPPER\n\tRET\n")
	}

	p("// func scaleAVX2(dst, x *float32, s float32, n int)")
	p("TEXT ·scaleAVX2(SB), NOSPLIT, $0-32")
	p("\tMOVQ dst+0(FP), DX\n\tMOVQ x+8(FP), SI\n\tVBROADCASTSS s+16(FP), Y0\n\tMOVQ n+24(FP), CX")
	loopY("scale2", func() { p("\tVMULPS (SI), Y0, Y1\n\tVMOVUPS Y1, (DX)\n\tADDQ $32, SI\n\tADDQ $32, DX") })
	p("\tVZEROUPPER\n\tRET\n")

	p("// func expSumAVX2(dst, x *float32, n int, shift float32) float32")
	p("TEXT ·expSumAVX2(SB), NOSPLIT, $0-36")
	p("\tMOVQ dst+0(FP), DI\n\tMOVQ x+8(FP), SI\n\tMOVQ n+16(FP), CX\n\tVBROADCASTSS shift+24(FP), Y15\n\tVXORPS Y14, Y14, Y14")
	p("\tVMOVUPS %s, Y12\n\tVMOVUPS %s, Y13", c8("explo2"), c8("exphi"))
	loopY("expsum2", func() {
		p("\tVMOVUPS (SI), Y0\n\tVSUBPS Y15, Y0, Y0")
		expY(0, 4, 1)
		p("\tVMOVUPS Y4, (DI)\n\tVADDPS Y4, Y14, Y14\n\tADDQ $32, SI\n\tADDQ $32, DI")
	})
	hsumY(14, 0)
	p("\tVZEROUPPER\n\tMOVSS X14, ret+32(FP)\n\tRET\n")

	p("// func tanhAVX2(dst, x *float32, n int)")
	p("TEXT ·tanhAVX2(SB), NOSPLIT, $0-24")
	p("\tMOVQ dst+0(FP), DI\n\tMOVQ x+8(FP), SI\n\tMOVQ n+16(FP), CX")
	tanhClampY()
	loopY("tanh2", func() {
		p("\tVMOVUPS (SI), Y0")
		tanhY(0, 4, 1)
		p("\tVMOVUPS Y4, (DI)\n\tADDQ $32, SI\n\tADDQ $32, DI")
	})
	p("\tVZEROUPPER\n\tRET\n")

	p("// func geluAVX2(dst, x *float32, n int)")
	p("TEXT ·geluAVX2(SB), NOSPLIT, $0-24")
	p("\tMOVQ dst+0(FP), DI\n\tMOVQ x+8(FP), SI\n\tMOVQ n+16(FP), CX")
	tanhClampY()
	loopY("gelu2", func() {
		p("\tVMOVUPS (SI), Y0")
		p("\tVMULPS Y0, Y0, Y5\n\tVMULPS %s, Y5, Y6\n\tVADDPS %s, Y6, Y6\n\tVMULPS Y6, Y0, Y6", c8("gsc"), c8("gs"))
		tanhY(6, 4, 1)
		p("\tVMULPS %s, Y0, Y7", c8("half"))
		p("\tVFMADD213PS Y7, Y7, Y4")
		p("\tVMOVUPS Y4, (DI)\n\tADDQ $32, SI\n\tADDQ $32, DI")
	})
	p("\tVZEROUPPER\n\tRET\n")

	p("// func geluBackwardAVX2(dinp, x, dout *float32, n int)")
	p("TEXT ·geluBackwardAVX2(SB), NOSPLIT, $0-32")
	p("\tMOVQ dinp+0(FP), DI\n\tMOVQ x+8(FP), SI\n\tMOVQ dout+16(FP), DX\n\tMOVQ n+24(FP), CX")
	tanhClampY()
	loopY("gelub2", func() {
		p("\tVMOVUPS (SI), Y0")
		p("\tVMULPS Y0, Y0, Y5\n\tVMULPS %s, Y5, Y6\n\tVADDPS %s, Y6, Y6\n\tVMULPS Y6, Y0, Y6", c8("gsc"), c8("gs"))
		tanhY(6, 4, 1)
		p("\tVMULPS %s, Y5, Y7\n\tVADDPS %s, Y7, Y7", c8("gsc3"), c8("gs"))        // du
		p("\tVMULPS Y4, Y4, Y8\n\tVMOVUPS %s, Y9\n\tVSUBPS Y8, Y9, Y8", c8("one")) // 1 − th²
		p("\tVMULPS Y8, Y7, Y7\n\tVMULPS Y0, Y7, Y7")
		p("\tVADDPS Y9, Y4, Y4\n\tVADDPS Y7, Y4, Y4\n\tVMULPS %s, Y4, Y4", c8("half"))
		p("\tVMOVUPS (DI), Y9\n\tVFMADD231PS (DX), Y4, Y9\n\tVMOVUPS Y9, (DI)")
		p("\tADDQ $32, SI\n\tADDQ $32, DI\n\tADDQ $32, DX")
	})
	p("\tVZEROUPPER\n\tRET\n")

	p("// func sumSqDevAVX2(x *float32, n int, m float32) float32")
	p("TEXT ·sumSqDevAVX2(SB), NOSPLIT, $0-28")
	p("\tMOVQ x+0(FP), SI\n\tMOVQ n+8(FP), CX\n\tVBROADCASTSS m+16(FP), Y2\n\tVXORPS Y0, Y0, Y0")
	loopY("ssd2", func() { p("\tVMOVUPS (SI), Y1\n\tVSUBPS Y2, Y1, Y1\n\tVFMADD231PS Y1, Y1, Y0\n\tADDQ $32, SI") })
	hsumY(0, 14)
	p("\tVZEROUPPER\n\tMOVSS X0, ret+24(FP)\n\tRET\n")

	p("// func lnApplyAVX2(out, x, w, b *float32, n int, m, s float32)")
	p("TEXT ·lnApplyAVX2(SB), NOSPLIT, $0-48")
	p("\tMOVQ out+0(FP), DI\n\tMOVQ x+8(FP), SI\n\tMOVQ w+16(FP), R8\n\tMOVQ b+24(FP), R9\n\tMOVQ n+32(FP), CX")
	p("\tVBROADCASTSS m+40(FP), Y2\n\tVBROADCASTSS s+44(FP), Y3")
	loopY("lna2", func() {
		p("\tVMOVUPS (SI), Y1\n\tVSUBPS Y2, Y1, Y1\n\tVMULPS Y3, Y1, Y1")
		p("\tVMULPS (R8), Y1, Y1\n\tVADDPS (R9), Y1, Y1\n\tVMOVUPS Y1, (DI)")
		p("\tADDQ $32, SI\n\tADDQ $32, DI\n\tADDQ $32, R8\n\tADDQ $32, R9")
	})
	p("\tVZEROUPPER\n\tRET\n")

	p("// func lnBackward1AVX2(dw, db, x, d, w *float32, n int, m, s float32, r *[2]float32)")
	p("TEXT ·lnBackward1AVX2(SB), NOSPLIT, $0-64")
	p("\tMOVQ dw+0(FP), DI\n\tMOVQ db+8(FP), DX\n\tMOVQ x+16(FP), SI\n\tMOVQ d+24(FP), R8\n\tMOVQ w+32(FP), R9\n\tMOVQ n+40(FP), CX")
	p("\tVBROADCASTSS m+48(FP), Y2\n\tVBROADCASTSS s+52(FP), Y3\n\tVXORPS Y4, Y4, Y4\n\tVXORPS Y5, Y5, Y5")
	loopY("lnb12", func() {
		p("\tVMOVUPS (SI), Y1\n\tVSUBPS Y2, Y1, Y1\n\tVMULPS Y3, Y1, Y1")
		p("\tVMOVUPS (R8), Y6")
		p("\tVADDPS (DX), Y6, Y7\n\tVMOVUPS Y7, (DX)")
		p("\tVMOVUPS (DI), Y7\n\tVFMADD231PS Y6, Y1, Y7\n\tVMOVUPS Y7, (DI)")
		p("\tVMULPS (R9), Y6, Y6")
		p("\tVADDPS Y6, Y4, Y4\n\tVFMADD231PS Y6, Y1, Y5")
		p("\tADDQ $32, SI\n\tADDQ $32, DI\n\tADDQ $32, DX\n\tADDQ $32, R8\n\tADDQ $32, R9")
	})
	hsumY(4, 14)
	hsumY(5, 14)
	p("\tMOVQ r+56(FP), AX\n\tVMOVSS X4, (AX)\n\tVMOVSS X5, 4(AX)")
	p("\tVZEROUPPER\n\tRET\n")

	p("// func lnBackward2AVX2(dinp, x, d, w *float32, n int, k *[4]float32)")
	p("TEXT ·lnBackward2AVX2(SB), NOSPLIT, $0-48")
	p("\tMOVQ dinp+0(FP), DI\n\tMOVQ x+8(FP), SI\n\tMOVQ d+16(FP), R8\n\tMOVQ w+24(FP), R9\n\tMOVQ n+32(FP), CX\n\tMOVQ k+40(FP), AX")
	p("\tVBROADCASTSS (AX), Y2\n\tVBROADCASTSS 4(AX), Y3\n\tVBROADCASTSS 8(AX), Y4\n\tVBROADCASTSS 12(AX), Y5")
	loopY("lnb22", func() {
		p("\tVMOVUPS (SI), Y1\n\tVSUBPS Y2, Y1, Y1\n\tVMULPS Y3, Y1, Y1")
		p("\tVMOVUPS (R8), Y6\n\tVMULPS (R9), Y6, Y6\n\tVSUBPS Y4, Y6, Y6")
		p("\tVFNMADD231PS Y5, Y1, Y6")
		p("\tVMOVUPS (DI), Y7\n\tVFMADD231PS Y6, Y3, Y7\n\tVMOVUPS Y7, (DI)")
		p("\tADDQ $32, SI\n\tADDQ $32, DI\n\tADDQ $32, R8\n\tADDQ $32, R9")
	})
	p("\tVZEROUPPER\n\tRET\n")

	p("// func adamwAVX2(p, grad, m, v *float32, n int, k *adamConsts)")
	p("TEXT ·adamwAVX2(SB), NOSPLIT, $0-48")
	p("\tMOVQ p+0(FP), DI\n\tMOVQ grad+8(FP), SI\n\tMOVQ m+16(FP), R8\n\tMOVQ v+24(FP), R9\n\tMOVQ n+32(FP), CX\n\tMOVQ k+40(FP), AX")
	// Y7 b1, Y8 1−b1, Y9 b2, Y10 1−b2, Y11 c1, Y12 c2, Y13 lr, Y14 eps, Y15 lr·wd
	for i := 0; i < 9; i++ {
		p("\tVBROADCASTSS %d(AX), Y%d", 4*i, 7+i)
	}
	loopY("adamw2", func() {
		p("\tVMOVUPS (SI), Y0")
		p("\tVMULPS (R8), Y7, Y1\n\tVFMADD231PS Y0, Y8, Y1\n\tVMOVUPS Y1, (R8)")
		p("\tVMULPS Y0, Y0, Y0")
		p("\tVMULPS (R9), Y9, Y2\n\tVFMADD231PS Y0, Y10, Y2\n\tVMOVUPS Y2, (R9)")
		p("\tVMULPS Y12, Y2, Y2\n\tVSQRTPS Y2, Y2\n\tVADDPS Y14, Y2, Y2")
		p("\tVMULPS Y11, Y1, Y1\n\tVDIVPS Y2, Y1, Y1")
		p("\tVMOVUPS (DI), Y3\n\tVFNMADD231PS Y1, Y13, Y3\n\tVFNMADD231PS (DI), Y15, Y3\n\tVMOVUPS Y3, (DI)")
		p("\tADDQ $32, SI\n\tADDQ $32, DI\n\tADDQ $32, R8\n\tADDQ $32, R9")
	})
	p("\tVZEROUPPER\n\tRET\n")

	p("// func axpy4AVX2(x *[4]float32, m *float32, ld int, y *float32, n int)")
	p("TEXT ·axpy4AVX2(SB), NOSPLIT, $0-40")
	p("\tMOVQ x+0(FP), AX\n\tMOVQ m+8(FP), SI\n\tMOVQ ld+16(FP), R8\n\tMOVQ y+24(FP), DI\n\tMOVQ n+32(FP), CX")
	p("\tSHLQ $2, R8\n\tLEAQ (R8)(R8*2), R9")
	p("\tVBROADCASTSS (AX), Y0\n\tVBROADCASTSS 4(AX), Y1\n\tVBROADCASTSS 8(AX), Y2\n\tVBROADCASTSS 12(AX), Y3")
	loopY("axpy42", func() {
		p("\tVMOVUPS (DI), Y4\n\tVFMADD231PS (SI), Y0, Y4\n\tVMULPS (SI)(R8*1), Y1, Y5")
		p("\tVFMADD231PS (SI)(R8*2), Y2, Y4\n\tVFMADD231PS (SI)(R9*1), Y3, Y5\n\tVADDPS Y5, Y4, Y4\n\tVMOVUPS Y4, (DI)")
		p("\tADDQ $32, SI\n\tADDQ $32, DI")
	})
	p("\tVZEROUPPER\n\tRET\n")

	p("// func dot4AVX2(x, m *float32, ld, n int, out *[4]float32)")
	p("TEXT ·dot4AVX2(SB), NOSPLIT, $0-40")
	p("\tMOVQ x+0(FP), DI\n\tMOVQ m+8(FP), SI\n\tMOVQ ld+16(FP), R8\n\tMOVQ n+24(FP), CX")
	p("\tSHLQ $2, R8\n\tLEAQ (R8)(R8*2), R9")
	for i := 8; i < 12; i++ {
		p("\tVXORPS Y%d, Y%d, Y%d", i, i, i)
	}
	rows := []string{"(SI)", "(SI)(R8*1)", "(SI)(R8*2)", "(SI)(R9*1)"}
	loopY("dot42", func() {
		p("\tVMOVUPS (DI), Y0")
		for r, a := range rows {
			p("\tVFMADD231PS %s, Y0, Y%d", a, 8+r)
		}
		p("\tADDQ $32, SI\n\tADDQ $32, DI")
	})
	p("\tMOVQ out+32(FP), AX")
	for r := 0; r < 4; r++ {
		hsumY(8+r, 14)
		p("\tVMOVSS X%d, %d(AX)", 8+r, 4*r)
	}
	p("\tVZEROUPPER\n\tRET\n")
}

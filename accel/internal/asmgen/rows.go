package main

// Row kernels of LayerNorm and the fused AdamW step.
func rowKernels() {
	p("// func sumSqDevAVX512(x *float32, n int, m float32) float32")
	p("TEXT ·sumSqDevAVX512(SB), NOSPLIT, $0-28")
	p("\tMOVQ x+0(FP), SI\n\tMOVQ n+8(FP), CX\n\tVBROADCASTSS m+16(FP), Z2\n\tVPXORD Z0, Z0, Z0")
	p("\tVPXORD Z3, Z3, Z3\n\tVPXORD Z4, Z4, Z4\n\tVPXORD Z5, Z5, Z5")
	p("ssd_loop64:\n\tCMPQ CX, $64\n\tJL ssd_loop")
	for i, acc := range []int{0, 3, 4, 5} {
		p("\tVMOVUPS %d(SI), Z%d\n\tVSUBPS Z2, Z%d, Z%d\n\tVFMADD231PS Z%d, Z%d, Z%d", 64*i, 6+i, 6+i, 6+i, 6+i, 6+i, acc)
	}
	p("\tADDQ $256, SI\n\tSUBQ $64, CX\n\tJMP ssd_loop64")
	loop("ssd", func() {
		p("\tVMOVUPS (SI), Z1\n\tVSUBPS Z2, Z1, Z1\n\tVFMADD231PS Z1, Z1, Z0\n\tADDQ $64, SI")
	})
	p("\tVADDPS Z3, Z0, Z0\n\tVADDPS Z5, Z4, Z4\n\tVADDPS Z4, Z0, Z0")
	hsum(0)
	p("\tVZEROUPPER\n\tMOVSS X0, ret+24(FP)\n\tRET\n")

	p("// func lnApplyAVX512(out, x, w, b *float32, n int, m, s float32)")
	p("TEXT ·lnApplyAVX512(SB), NOSPLIT, $0-48")
	p("\tMOVQ out+0(FP), DI\n\tMOVQ x+8(FP), SI\n\tMOVQ w+16(FP), R8\n\tMOVQ b+24(FP), R9\n\tMOVQ n+32(FP), CX")
	p("\tVBROADCASTSS m+40(FP), Z2\n\tVBROADCASTSS s+44(FP), Z3")
	loop("lna", func() {
		p("\tVMOVUPS (SI), Z1\n\tVSUBPS Z2, Z1, Z1\n\tVMULPS Z3, Z1, Z1") // x̂
		p("\tVMULPS (R8), Z1, Z1\n\tVADDPS (R9), Z1, Z1\n\tVMOVUPS Z1, (DI)")
		p("\tADDQ $64, SI\n\tADDQ $64, DI\n\tADDQ $64, R8\n\tADDQ $64, R9")
	})
	p("\tVZEROUPPER\n\tRET\n")

	p("// func lnBackward1AVX512(dw, db, x, d, w *float32, n int, m, s float32, r *[2]float32)")
	p("TEXT ·lnBackward1AVX512(SB), NOSPLIT, $0-64")
	p("\tMOVQ dw+0(FP), DI\n\tMOVQ db+8(FP), DX\n\tMOVQ x+16(FP), SI\n\tMOVQ d+24(FP), R8\n\tMOVQ w+32(FP), R9\n\tMOVQ n+40(FP), CX")
	p("\tVBROADCASTSS m+48(FP), Z2\n\tVBROADCASTSS s+52(FP), Z3\n\tVPXORD Z4, Z4, Z4\n\tVPXORD Z5, Z5, Z5")
	loop("lnb1", func() {
		p("\tVMOVUPS (SI), Z1\n\tVSUBPS Z2, Z1, Z1\n\tVMULPS Z3, Z1, Z1")     // x̂
		p("\tVMOVUPS (R8), Z6")                                               // d
		p("\tVADDPS (DX), Z6, Z7\n\tVMOVUPS Z7, (DX)")                        // db += d
		p("\tVMOVUPS (DI), Z7\n\tVFMADD231PS Z6, Z1, Z7\n\tVMOVUPS Z7, (DI)") // dw += x̂·d
		p("\tVMULPS (R9), Z6, Z6")                                            // w·d
		p("\tVADDPS Z6, Z4, Z4\n\tVFMADD231PS Z6, Z1, Z5")
		p("\tADDQ $64, SI\n\tADDQ $64, DI\n\tADDQ $64, DX\n\tADDQ $64, R8\n\tADDQ $64, R9")
	})
	hsum(4)
	hsum(5)
	p("\tMOVQ r+56(FP), AX\n\tVMOVSS X4, (AX)\n\tVMOVSS X5, 4(AX)")
	p("\tVZEROUPPER\n\tRET\n")

	p("// func lnBackward2AVX512(dinp, x, d, w *float32, n int, k *[4]float32)")
	p("//")
	p("// dinp += (w·d − k[2] − x̂·k[3])·k[1] with x̂ = (x − k[0])·k[1].")
	p("TEXT ·lnBackward2AVX512(SB), NOSPLIT, $0-48")
	p("\tMOVQ dinp+0(FP), DI\n\tMOVQ x+8(FP), SI\n\tMOVQ d+16(FP), R8\n\tMOVQ w+24(FP), R9\n\tMOVQ n+32(FP), CX\n\tMOVQ k+40(FP), AX")
	p("\tVBROADCASTSS (AX), Z2\n\tVBROADCASTSS 4(AX), Z3\n\tVBROADCASTSS 8(AX), Z4\n\tVBROADCASTSS 12(AX), Z5")
	loop("lnb2", func() {
		p("\tVMOVUPS (SI), Z1\n\tVSUBPS Z2, Z1, Z1\n\tVMULPS Z3, Z1, Z1")   // x̂
		p("\tVMOVUPS (R8), Z6\n\tVMULPS (R9), Z6, Z6\n\tVSUBPS Z4, Z6, Z6") // w·d − ma
		p("\tVFNMADD231PS Z5, Z1, Z6")                                      // − x̂·mb
		p("\tVMOVUPS (DI), Z7\n\tVFMADD231PS Z6, Z3, Z7\n\tVMOVUPS Z7, (DI)")
		p("\tADDQ $64, SI\n\tADDQ $64, DI\n\tADDQ $64, R8\n\tADDQ $64, R9")
	})
	p("\tVZEROUPPER\n\tRET\n")

	p("// func adamwAVX512(p, grad, m, v *float32, n int, k *adamConsts)")
	p("TEXT ·adamwAVX512(SB), NOSPLIT, $0-48")
	p("\tMOVQ p+0(FP), DI\n\tMOVQ grad+8(FP), SI\n\tMOVQ m+16(FP), R8\n\tMOVQ v+24(FP), R9\n\tMOVQ n+32(FP), CX\n\tMOVQ k+40(FP), AX")
	// Z16 b1, Z17 1−b1, Z18 b2, Z19 1−b2, Z20 c1, Z21 c2, Z22 lr, Z23 eps, Z24 lr·wd
	for i := 0; i < 9; i++ {
		p("\tVBROADCASTSS %d(AX), Z%d", 4*i, 16+i)
	}
	loop("adamw", func() {
		p("\tVMOVUPS (SI), Z0")                                                    // g
		p("\tVMULPS (R8), Z16, Z1\n\tVFMADD231PS Z0, Z17, Z1\n\tVMOVUPS Z1, (R8)") // m
		p("\tVMULPS Z0, Z0, Z0")
		p("\tVMULPS (R9), Z18, Z2\n\tVFMADD231PS Z0, Z19, Z2\n\tVMOVUPS Z2, (R9)") // v
		p("\tVMULPS Z21, Z2, Z2\n\tVSQRTPS Z2, Z2\n\tVADDPS Z23, Z2, Z2")          // √v̂ + ε
		p("\tVMULPS Z20, Z1, Z1\n\tVDIVPS Z2, Z1, Z1")                             // m̂/(√v̂+ε)
		p("\tVMOVUPS (DI), Z3\n\tVFNMADD231PS Z1, Z22, Z3\n\tVFNMADD231PS (DI), Z24, Z3\n\tVMOVUPS Z3, (DI)")
		p("\tADDQ $64, SI\n\tADDQ $64, DI\n\tADDQ $64, R8\n\tADDQ $64, R9")
	})
	p("\tVZEROUPPER\n\tRET\n")
}

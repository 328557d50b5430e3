package accel

import (
	"math"
	"sync"
)

// attnBlock is how many query rows one step of the fused attention
// handles: the scores it holds are attnBlock×T floats, never T×T.
const attnBlock = 64

var attnBufs sync.Pool

type attnBuf struct{ s, dp []float32 }

func getAttnBuf(n int, withDP bool) *attnBuf {
	ab, _ := attnBufs.Get().(*attnBuf)
	if ab == nil {
		ab = &attnBuf{}
	}
	ab.s = aligned(ab.s, n)
	if withDP {
		ab.dp = aligned(ab.dp, n)
	}
	return ab
}

func checkAttn(fn string, B, H, T, D int, named ...any) {
	n := B * H * T * D
	for i := 0; i+1 < len(named); i += 2 {
		s := named[i+1].([]float32)
		want := n
		if named[i] == "lse" {
			if s == nil {
				continue
			}
			want = B * H * T
		}
		checkLen(fn, named[i].(string), s, want)
	}
}

// AttentionForward is fused causal self-attention (flash-attention style
// on the CPU): for each batch b and head h,
//
//	out[b,h] = softmax(q[b,h]·k[b,h]ᵀ/√D + causal mask)·v[b,h]
//
// q, k, v, out are (B, H, T, D) (D = head dimension); lse (B, H, T), when
// not nil, receives each row's log-sum-exp of the scaled scores, which
// AttentionBackward needs. Scores are computed one block of 64 query rows
// at a time (64×T floats per thread), never T×T, with SGEMM for both
// products; (batch, head, block) items are spread over Threads().
func AttentionForward(out, lse, q, k, v []float32, B, H, T, D int) {
	checkAttn("AttentionForward", B, H, T, D, "out", out, "lse", lse, "q", q, "k", k, "v", v)
	if B*H*T*D == 0 {
		return
	}
	kern := activeKernel()
	sc := float32(1 / math.Sqrt(float64(D)))
	nb := (T + attnBlock - 1) / attnBlock
	// Largest blocks (last rows see the most keys) first, for balance.
	parallelFor(B*H*nb, func(item int) {
		bh, blk := item/nb, nb-1-item%nb
		t0 := blk * attnBlock
		t1 := min(T, t0+attnBlock)
		rows := t1 - t0
		base := bh * T * D
		ab := getAttnBuf(attnBlock*T, false)
		defer attnBufs.Put(ab)
		s := ab.s[:rows*t1]
		// S = sc·Q[t0:t1]·K[0:t1]ᵀ   (rows × t1)
		sgemm(kern, 1, false, true, rows, t1, D, sc, q[base+t0*D:], D, k[base:], D, 0, s, t1)
		for i := 0; i < rows; i++ {
			t := t0 + i
			row := s[i*t1 : (i+1)*t1]
			valid := row[:t+1]
			mx := maxOf(valid)
			sum := expSum(valid, valid, mx)
			scale(valid, valid, 1/sum)
			clear(row[t+1:])
			if lse != nil {
				lse[bh*T+t] = mx + float32(math.Log(float64(sum)))
			}
		}
		// out[t0:t1] = P·V[0:t1]   (rows × D)
		sgemm(kern, 1, false, false, rows, D, t1, 1, s, t1, v[base:], D, 0, out[base+t0*D:], D)
	})
}

// AttentionBackward accumulates the gradients of AttentionForward:
// dq, dk, dv (B, H, T, D) += from dout (B, H, T, D), given the forward's
// q, k, v, out (B, H, T, D) and lse (B, H, T). Probabilities are
// recomputed block by block from lse (nothing T×T is stored); each
// (batch, head) is one parallel item, as dk and dv sum over query blocks.
func AttentionBackward(dq, dk, dv, dout, q, k, v, out, lse []float32, B, H, T, D int) {
	checkAttn("AttentionBackward", B, H, T, D, "dq", dq, "dk", dk, "dv", dv, "dout", dout, "q", q, "k", k, "v", v, "out", out)
	checkLen("AttentionBackward", "lse", lse, B*H*T)
	if B*H*T*D == 0 {
		return
	}
	kern := activeKernel()
	sc := float32(1 / math.Sqrt(float64(D)))
	nt := Threads()
	inner := 1
	if B*H < nt {
		inner = nt // few heads: let each product use the threads instead
	}
	parallelFor(B*H, func(bh int) {
		base := bh * T * D
		ab := getAttnBuf(attnBlock*T, true)
		defer attnBufs.Put(ab)
		for t0 := 0; t0 < T; t0 += attnBlock {
			t1 := min(T, t0+attnBlock)
			rows := t1 - t0
			s, dp := ab.s[:rows*t1], ab.dp[:rows*t1]
			qb, dob := q[base+t0*D:], dout[base+t0*D:]
			// P = exp(sc·Q·Kᵀ − lse), causal.
			sgemm(kern, inner, false, true, rows, t1, D, sc, qb, D, k[base:], D, 0, s, t1)
			for i := 0; i < rows; i++ {
				t := t0 + i
				row := s[i*t1 : (i+1)*t1]
				expSum(row[:t+1], row[:t+1], lse[bh*T+t])
				clear(row[t+1:])
			}
			// dV[0:t1] += Pᵀ·dO
			sgemm(kern, inner, true, false, t1, D, rows, 1, s, t1, dob, D, 1, dv[base:], D)
			// dP = dO·V[0:t1]ᵀ
			sgemm(kern, inner, false, true, rows, t1, D, 1, dob, D, v[base:], D, 0, dp, t1)
			// dS = P ⊙ (dP − rowsum(dO ⊙ O))
			for i := 0; i < rows; i++ {
				t := t0 + i
				di := dot(dob[i*D:(i+1)*D], out[base+t*D:base+(t+1)*D])
				pr, dr := s[i*t1:(i+1)*t1], dp[i*t1:(i+1)*t1]
				for j := 0; j <= t; j++ {
					pr[j] *= dr[j] - di
				}
			}
			// dQ += sc·dS·K[0:t1];  dK[0:t1] += sc·dSᵀ·Q
			sgemm(kern, inner, false, false, rows, D, t1, sc, s, t1, k[base:], D, 1, dq[base+t0*D:], D)
			sgemm(kern, inner, true, false, t1, D, rows, sc, s, t1, qb, D, 1, dk[base:], D)
		}
	})
}

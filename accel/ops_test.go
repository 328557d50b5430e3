package accel

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// forEachImpl runs f with the assembly kernels (when this CPU and build
// have them) and with the pure-Go twins.
func forEachImpl(t *testing.T, f func(t *testing.T)) {
	t.Helper()
	saved := vecISA
	defer func() { vecISA = saved }()
	for _, isa := range vecISAs() {
		vecISA = isa
		t.Run(isaNames[isa], f)
	}
}

var opLens = []int{0, 1, 7, 15, 16, 17, 33, 100, 768, 1001, 70001}

func randN(r *rand.Rand, n int, lo, hi float64) []float32 {
	s := make([]float32, n)
	for i := range s {
		s[i] = float32(lo + (hi-lo)*r.Float64())
	}
	return s
}

func near(got float32, want, rel, abs float64) bool {
	g := float64(got)
	if math.IsNaN(want) {
		return math.IsNaN(g)
	}
	if math.IsInf(want, 0) {
		return g == want
	}
	return math.Abs(g-want) <= abs+rel*math.Abs(want)
}

func TestElementwise(t *testing.T) {
	type op struct {
		name     string
		lo, hi   float64
		run      func(dst, a, b []float32)
		ref      func(a, b float64) float64
		rel, abs float64
	}
	ops := []op{
		{"Add", -10, 10, func(d, a, b []float32) { Add(d, a, b) }, func(a, b float64) float64 { return a + b }, 1e-7, 0},
		{"Mul", -10, 10, func(d, a, b []float32) { Mul(d, a, b) }, func(a, b float64) float64 { return a * b }, 1e-7, 0},
		{"Scale", -10, 10, func(d, a, b []float32) { Scale(d, a, 0.37) }, func(a, b float64) float64 { return float64(float32(0.37)) * a }, 1e-7, 0},
		{"Axpy", -10, 10, func(d, a, b []float32) { copy(d, b); Axpy(-1.5, a, d) }, func(a, b float64) float64 { return b - 1.5*a }, 1e-6, 1e-6},
		{"Exp", -90, 90, func(d, a, b []float32) { Exp(d, a) }, func(a, b float64) float64 { return math.Exp(a) }, 3e-7, 1e-37},
		{"ExpSmall", -1, 1, func(d, a, b []float32) { Exp(d, a) }, func(a, b float64) float64 { return math.Exp(a) }, 3e-7, 0},
		{"Tanh", -10, 10, func(d, a, b []float32) { Tanh(d, a) }, tanh2, 5e-7, 1e-7},
		{"TanhSmall", -0.01, 0.01, func(d, a, b []float32) { Tanh(d, a) }, tanh2, 5e-7, 0},
		{"GeluForward", -8, 8, func(d, a, b []float32) { GeluForward(d, a) }, geluRef, 1e-6, 1e-6},
		{"GeluBackward", -8, 8, func(d, a, b []float32) {
			for i := range d {
				d[i] = 0.25
			}
			GeluBackward(d, a, b)
		}, func(a, b float64) float64 { return 0.25 + geluGradRef(a)*b }, 1e-6, 3e-5},
	}
	forEachImpl(t, func(t *testing.T) {
		r := rand.New(rand.NewPCG(5, 6))
		for _, o := range ops {
			for _, n := range opLens {
				a := randN(r, n, o.lo, o.hi)
				b := randN(r, n, -2, 2)
				d := make([]float32, n)
				o.run(d, a, b)
				for i := range d {
					w := float64(float32(o.ref(float64(a[i]), float64(b[i])))) // what float32 can hold
					if !near(d[i], w, o.rel, o.abs) {
						t.Fatalf("%s n=%d: [%d] f(%v, %v) = %v, want %v", o.name, n, i, a[i], b[i], d[i], w)
					}
				}
			}
		}
		// Specials.
		x := []float32{float32(math.Inf(-1)), float32(math.Inf(1)), float32(math.NaN()), 0, -200, 200, 88.5, -87}
		x = append(x, x...)
		x = append(x, x...)
		d := make([]float32, len(x))
		Exp(d, x)
		th := make([]float32, len(x))
		Tanh(th, x)
		for i, v := range x {
			if w := float64(float32(math.Exp(float64(v)))); !near(d[i], w, 3e-7, 0) && !(w < 1e-38 && d[i] < 1e-38) {
				t.Fatalf("Exp(%v) = %v, want %v", v, d[i], w)
			}
			if w := math.Tanh(float64(v)); !near(th[i], w, 5e-7, 0) {
				t.Fatalf("Tanh(%v) = %v, want %v", v, th[i], w)
			}
		}
	})
}

func geluRef(x, _ float64) float64 {
	return 0.5 * x * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(x+0.044715*x*x*x)))
}

func geluGradRef(x float64) float64 {
	u := math.Sqrt(2/math.Pi) * (x + 0.044715*x*x*x)
	th := math.Tanh(u)
	return 0.5*(1+th) + 0.5*x*(1-th*th)*math.Sqrt(2/math.Pi)*(1+3*0.044715*x*x)
}

func TestReductions(t *testing.T) {
	forEachImpl(t, func(t *testing.T) {
		r := rand.New(rand.NewPCG(7, 8))
		for _, n := range opLens {
			x, y := randN(r, n, -1, 1), randN(r, n, -1, 1)
			var d, s float64
			m := math.Inf(-1)
			for i := range x {
				d += float64(x[i]) * float64(y[i])
				s += float64(x[i])
				m = math.Max(m, float64(x[i]))
			}
			tol := 1e-6 * float64(n+1)
			if got := Dot(x, y); !near(got, d, 0, tol) {
				t.Fatalf("Dot n=%d = %v, want %v", n, got, d)
			}
			if got := Sum(x); !near(got, s, 0, tol) {
				t.Fatalf("Sum n=%d = %v, want %v", n, got, s)
			}
			if got := Max(x); float64(got) != m {
				t.Fatalf("Max n=%d = %v, want %v", n, got, m)
			}
		}
	})
}

var rowShapes = [][2]int{{1, 1}, {3, 5}, {4, 16}, {5, 17}, {7, 768}, {2, 1000}, {3, 50257}, {200, 33}}

func TestSoftmax(t *testing.T) {
	forEachImpl(t, func(t *testing.T) {
		r := rand.New(rand.NewPCG(9, 10))
		for _, sh := range rowShapes {
			N, C := sh[0], sh[1]
			x := randN(r, N*C, -20, 20)
			if C > 3 {
				x[1] = float32(math.Inf(-1)) // masked entry
			}
			out := make([]float32, N*C)
			SoftmaxForward(out, x, N, C)
			dout := randN(r, N*C, -1, 1)
			dinp := randN(r, N*C, -1, 1)
			dinp0 := append([]float32(nil), dinp...)
			SoftmaxBackward(dinp, out, dout, N, C)
			for n := 0; n < N; n++ {
				row := x[n*C : (n+1)*C]
				m := math.Inf(-1)
				for _, v := range row {
					m = math.Max(m, float64(v))
				}
				var s float64
				for _, v := range row {
					s += math.Exp(float64(v) - m)
				}
				var sd float64
				for i, v := range row {
					p := math.Exp(float64(v)-m) / s
					if !near(out[n*C+i], p, 1e-5, 1e-9) {
						t.Fatalf("softmax %dx%d [%d,%d] = %v, want %v", N, C, n, i, out[n*C+i], p)
					}
					sd += p * float64(dout[n*C+i])
				}
				for i, v := range row {
					p := math.Exp(float64(v)-m) / s
					w := float64(dinp0[n*C+i]) + p*(float64(dout[n*C+i])-sd)
					if !near(dinp[n*C+i], w, 1e-5, 1e-6) {
						t.Fatalf("softmax backward %dx%d [%d,%d] = %v, want %v", N, C, n, i, dinp[n*C+i], w)
					}
				}
			}
		}
		all := []float32{float32(math.Inf(-1)), float32(math.Inf(-1))}
		SoftmaxForward(all, all, 1, 2)
		if all[0] != 0 || all[1] != 0 {
			t.Fatalf("all −Inf row: %v, want zeros", all)
		}
	})
}

func TestLayerNorm(t *testing.T) {
	forEachImpl(t, func(t *testing.T) {
		r := rand.New(rand.NewPCG(11, 12))
		for _, sh := range rowShapes {
			N, C := sh[0], sh[1]
			x := randN(r, N*C, -3, 5) // nonzero mean: checks the two-pass variance
			for i := range x {
				x[i] += 100
			}
			w, b := randN(r, C, 0.5, 1.5), randN(r, C, -1, 1)
			out, mean, rstd := make([]float32, N*C), make([]float32, N), make([]float32, N)
			LayerNormForward(out, mean, rstd, x, w, b, N, C)
			dout := randN(r, N*C, -1, 1)
			dinp, dw, db := randN(r, N*C, -1, 1), randN(r, C, -1, 1), randN(r, C, -1, 1)
			dinp0, dw0, db0 := append([]float32(nil), dinp...), append([]float64(nil), f64(dw)...), append([]float64(nil), f64(db)...)
			LayerNormBackward(dinp, dw, db, dout, x, w, mean, rstd, N, C)
			rdw, rdb := dw0, db0
			for n := 0; n < N; n++ {
				row := f64(x[n*C : (n+1)*C])
				var m, v float64
				for _, e := range row {
					m += e
				}
				m /= float64(C)
				for _, e := range row {
					v += (e - m) * (e - m)
				}
				v /= float64(C)
				s := 1 / math.Sqrt(v+1e-5)
				if !near(mean[n], m, 1e-6, 0) || !near(rstd[n], s, 1e-4, 0) {
					t.Fatalf("LN %dx%d row %d: mean, rstd = %v, %v; want %v, %v", N, C, n, mean[n], rstd[n], m, s)
				}
				var ma, mb float64
				for i, e := range row {
					xh := (e - m) * s
					if want := xh*float64(w[i]) + float64(b[i]); !near(out[n*C+i], want, 1e-4, 1e-4) {
						t.Fatalf("LN %dx%d [%d,%d] = %v, want %v", N, C, n, i, out[n*C+i], want)
					}
					d := float64(dout[n*C+i])
					rdb[i] += d
					rdw[i] += xh * d
					ma += float64(w[i]) * d
					mb += float64(w[i]) * d * xh
				}
				ma /= float64(C)
				mb /= float64(C)
				for i, e := range row {
					xh := (e - m) * s
					want := float64(dinp0[n*C+i]) + (float64(w[i])*float64(dout[n*C+i])-ma-xh*mb)*s
					if !near(dinp[n*C+i], want, 1e-3, 1e-3) {
						t.Fatalf("LN backward %dx%d dinp[%d,%d] = %v, want %v", N, C, n, i, dinp[n*C+i], want)
					}
				}
			}
			for i := 0; i < C; i++ {
				if !near(dw[i], rdw[i], 1e-4, 1e-4*float64(N)) || !near(db[i], rdb[i], 1e-5, 1e-5*float64(N)) {
					t.Fatalf("LN backward %dx%d: dw, db[%d] = %v, %v; want %v, %v", N, C, i, dw[i], db[i], rdw[i], rdb[i])
				}
			}
		}
	})
}

func f64(s []float32) []float64 {
	o := make([]float64, len(s))
	for i, v := range s {
		o[i] = float64(v)
	}
	return o
}

func TestCrossEntropySoftmax(t *testing.T) {
	forEachImpl(t, func(t *testing.T) {
		r := rand.New(rand.NewPCG(13, 14))
		for _, sh := range rowShapes {
			N, V := sh[0], sh[1]
			logits := randN(r, N*V, -15, 15)
			targets := make([]int32, N)
			for i := range targets {
				targets[i] = int32(r.IntN(V))
			}
			losses, dl := make([]float32, N), randN(r, N*V, -1, 1) // garbage: must be overwritten
			lossesOnly := make([]float32, N)
			sc := float32(1) / float32(N)
			if err := CrossEntropySoftmax(losses, dl, logits, targets, N, V, sc); err != nil {
				t.Fatal(err)
			}
			if err := CrossEntropySoftmax(lossesOnly, nil, logits, targets, N, V, sc); err != nil {
				t.Fatal(err)
			}
			for n := 0; n < N; n++ {
				row := f64(logits[n*V : (n+1)*V])
				m := math.Inf(-1)
				for _, v := range row {
					m = math.Max(m, v)
				}
				var s float64
				for _, v := range row {
					s += math.Exp(v - m)
				}
				loss := math.Log(s) + m - row[targets[n]]
				if !near(losses[n], loss, 1e-5, 1e-5) || losses[n] != lossesOnly[n] {
					t.Fatalf("CE %dx%d row %d: loss %v (without grad %v), want %v", N, V, n, losses[n], lossesOnly[n], loss)
				}
				for i, v := range row {
					g := math.Exp(v-m) / s
					if i == int(targets[n]) {
						g--
					}
					g *= float64(sc)
					if !near(dl[n*V+i], g, 1e-5, 1e-8) {
						t.Fatalf("CE %dx%d dlogits[%d,%d] = %v, want %v", N, V, n, i, dl[n*V+i], g)
					}
				}
			}
		}
		if err := CrossEntropySoftmax(make([]float32, 1), nil, make([]float32, 4), []int32{4}, 1, 4, 1); err == nil {
			t.Fatal("target 4 with V=4 accepted")
		}
	})
}

func TestAdamW(t *testing.T) {
	forEachImpl(t, func(t *testing.T) {
		r := rand.New(rand.NewPCG(15, 16))
		for _, n := range opLens {
			p, g := randN(r, n, -1, 1), randN(r, n, -1, 1)
			m, v := randN(r, n, -0.1, 0.1), randN(r, n, 0, 0.01)
			rp, rm, rv := f64(p), f64(m), f64(v)
			hp := AdamWParams{LR: 1e-3, Beta1: 0.9, Beta2: 0.95, Eps: 1e-8, WeightDecay: 0.1, Step: 3}
			AdamW(p, g, m, v, hp)
			b1, b2 := float64(hp.Beta1), float64(hp.Beta2)
			for i := range p {
				gi := float64(g[i])
				rm[i] = b1*rm[i] + (1-b1)*gi
				rv[i] = b2*rv[i] + (1-b2)*gi*gi
				mh := rm[i] / (1 - math.Pow(b1, 3))
				vh := rv[i] / (1 - math.Pow(b2, 3))
				rp[i] -= float64(hp.LR) * (mh/(math.Sqrt(vh)+float64(hp.Eps)) + float64(hp.WeightDecay)*rp[i])
				if !near(p[i], rp[i], 1e-6, 1e-7) || !near(m[i], rm[i], 1e-6, 1e-8) || !near(v[i], rv[i], 1e-6, 1e-10) {
					t.Fatalf("AdamW n=%d [%d]: p, m, v = %v, %v, %v; want %v, %v, %v", n, i, p[i], m[i], v[i], rp[i], rm[i], rv[i])
				}
			}
		}
	})
}

// refAttention is the naive float64 causal attention, with the full T×T
// scores.
func refAttention(q, k, v []float32, B, H, T, D int) (out, lse []float64) {
	out, lse = make([]float64, B*H*T*D), make([]float64, B*H*T)
	sc := 1 / math.Sqrt(float64(D))
	for bh := 0; bh < B*H; bh++ {
		base := bh * T * D
		for t := 0; t < T; t++ {
			s := make([]float64, t+1)
			m := math.Inf(-1)
			for j := 0; j <= t; j++ {
				var d float64
				for c := 0; c < D; c++ {
					d += float64(q[base+t*D+c]) * float64(k[base+j*D+c])
				}
				s[j] = d * sc
				m = math.Max(m, s[j])
			}
			var z float64
			for j := range s {
				s[j] = math.Exp(s[j] - m)
				z += s[j]
			}
			lse[bh*T+t] = m + math.Log(z)
			for j := range s {
				for c := 0; c < D; c++ {
					out[base+t*D+c] += s[j] / z * float64(v[base+j*D+c])
				}
			}
		}
	}
	return out, lse
}

func TestAttention(t *testing.T) {
	for _, sh := range [][4]int{{1, 1, 1, 1}, {1, 2, 5, 3}, {2, 3, 70, 16}, {1, 2, 130, 64}, {1, 1, 64, 8}} {
		B, H, T, D := sh[0], sh[1], sh[2], sh[3]
		t.Run(fmt.Sprintf("B=%d,H=%d,T=%d,D=%d", B, H, T, D), func(t *testing.T) {
			r := rand.New(rand.NewPCG(17, uint64(T)))
			n := B * H * T * D
			q, k, v := randN(r, n, -1, 1), randN(r, n, -1, 1), randN(r, n, -1, 1)
			out, lse := make([]float32, n), make([]float32, B*H*T)
			AttentionForward(out, lse, q, k, v, B, H, T, D)
			rout, rlse := refAttention(q, k, v, B, H, T, D)
			for i := range out {
				if !near(out[i], rout[i], 1e-4, 1e-5) {
					t.Fatalf("out[%d] = %v, want %v", i, out[i], rout[i])
				}
			}
			for i := range lse {
				if !near(lse[i], rlse[i], 1e-5, 1e-5) {
					t.Fatalf("lse[%d] = %v, want %v", i, lse[i], rlse[i])
				}
			}
			// Backward against central differences of L = Σ dout ⊙ out on a few
			// elements of q, k and v.
			dout := randN(r, n, -1, 1)
			dq, dk, dv := make([]float32, n), make([]float32, n), make([]float32, n)
			AttentionBackward(dq, dk, dv, dout, q, k, v, out, lse, B, H, T, D)
			loss := func() float64 {
				o, _ := refAttention(q, k, v, B, H, T, D)
				var s float64
				for i := range o {
					s += o[i] * float64(dout[i])
				}
				return s
			}
			for _, g := range []struct {
				name string
				x    []float32
				d    []float32
			}{{"dq", q, dq}, {"dk", k, dk}, {"dv", v, dv}} {
				for trial := 0; trial < 6; trial++ {
					i := r.IntN(n)
					old := g.x[i]
					const h = 1e-2
					g.x[i] = old + h
					lp := loss()
					g.x[i] = old - h
					lm := loss()
					g.x[i] = old
					want := (lp - lm) / (2 * h)
					if !near(g.d[i], want, 2e-2, 2e-3) {
						t.Fatalf("%s[%d] = %v, numerical %v", g.name, i, g.d[i], want)
					}
				}
			}
		})
	}
}

func tanh2(a, _ float64) float64 { return math.Tanh(a) }

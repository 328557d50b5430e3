package accel

import "math"

// Row primitives of the fused kernels, dispatched like vec.go's.

// sumSqDev returns Σ (x[i] − m)².
func sumSqDev(x []float32, m float32) float32 {
	n := simdLen(len(x))
	var s float32
	switch {
	case n == 0:
	case vecISA == isaAVX512:
		s = sumSqDevAVX512(ptr(x), n, m)
	default:
		s = sumSqDevAVX2(ptr(x), n, m)
	}
	return s + sumSqDevGo(x[n:], m)
}

func sumSqDevGo(x []float32, m float32) float32 {
	var s0, s1 float64
	i := 0
	for ; i+2 <= len(x); i += 2 {
		d0, d1 := x[i]-m, x[i+1]-m
		s0 += float64(d0 * d0)
		s1 += float64(d1 * d1)
	}
	for ; i < len(x); i++ {
		d := x[i] - m
		s0 += float64(d * d)
	}
	return float32(s0 + s1)
}

// lnApply sets out = (x − m)·s·w + b.
func lnApply(out, x, w, b []float32, m, s float32) {
	x, w, b = x[:len(out)], w[:len(out)], b[:len(out)]
	n := simdLen(len(out))
	switch {
	case n == 0:
	case vecISA == isaAVX512:
		lnApplyAVX512(ptr(out), ptr(x), ptr(w), ptr(b), n, m, s)
	default:
		lnApplyAVX2(ptr(out), ptr(x), ptr(w), ptr(b), n, m, s)
	}
	lnApplyGo(out[n:], x[n:], w[n:], b[n:], m, s)
}

func lnApplyGo(out, x, w, b []float32, m, s float32) {
	x, w, b = x[:len(out)], w[:len(out)], b[:len(out)]
	for i := range out {
		out[i] = (x[i]-m)*s*w[i] + b[i]
	}
}

// lnBackward1 accumulates dbias += d, dweight += x̂·d (x̂ = (x−m)·s) and
// returns Σ w·d and Σ w·d·x̂.
func lnBackward1(dw, db, x, d, w []float32, m, s float32) (float32, float32) {
	x, d, w, db = x[:len(dw)], d[:len(dw)], w[:len(dw)], db[:len(dw)]
	n := simdLen(len(dw))
	var r [2]float32
	switch {
	case n == 0:
	case vecISA == isaAVX512:
		lnBackward1AVX512(ptr(dw), ptr(db), ptr(x), ptr(d), ptr(w), n, m, s, &r)
	default:
		lnBackward1AVX2(ptr(dw), ptr(db), ptr(x), ptr(d), ptr(w), n, m, s, &r)
	}
	a, b := lnBackward1Go(dw[n:], db[n:], x[n:], d[n:], w[n:], m, s)
	return r[0] + a, r[1] + b
}

func lnBackward1Go(dw, db, x, d, w []float32, m, s float32) (float32, float32) {
	x, d, w, db = x[:len(dw)], d[:len(dw)], w[:len(dw)], db[:len(dw)]
	var a, b float32
	for i := range dw {
		xh := (x[i] - m) * s
		db[i] += d[i]
		dw[i] += xh * d[i]
		wd := w[i] * d[i]
		a += wd
		b += wd * xh
	}
	return a, b
}

// lnBackward2 accumulates dinp += (w·d − ma − x̂·mb)·s.
func lnBackward2(dinp, x, d, w []float32, m, s, ma, mb float32) {
	x, d, w = x[:len(dinp)], d[:len(dinp)], w[:len(dinp)]
	n := simdLen(len(dinp))
	k := [4]float32{m, s, ma, mb}
	switch {
	case n == 0:
	case vecISA == isaAVX512:
		lnBackward2AVX512(ptr(dinp), ptr(x), ptr(d), ptr(w), n, &k)
	default:
		lnBackward2AVX2(ptr(dinp), ptr(x), ptr(d), ptr(w), n, &k)
	}
	lnBackward2Go(dinp[n:], x[n:], d[n:], w[n:], m, s, ma, mb)
}

func lnBackward2Go(dinp, x, d, w []float32, m, s, ma, mb float32) {
	x, d, w = x[:len(dinp)], d[:len(dinp)], w[:len(dinp)]
	for i := range dinp {
		xh := (x[i] - m) * s
		dinp[i] += (w[i]*d[i] - ma - xh*mb) * s
	}
}

func adamw(p, g, m, v []float32, k *adamConsts) {
	g, m, v = g[:len(p)], m[:len(p)], v[:len(p)]
	n := simdLen(len(p))
	switch {
	case n == 0:
	case vecISA == isaAVX512:
		adamwAVX512(ptr(p), ptr(g), ptr(m), ptr(v), n, k)
	default:
		adamwAVX2(ptr(p), ptr(g), ptr(m), ptr(v), n, k)
	}
	adamwGo(p[n:], g[n:], m[n:], v[n:], k)
}

func adamwGo(p, g, m, v []float32, k *adamConsts) {
	g, m, v = g[:len(p)], m[:len(p)], v[:len(p)]
	for i := range p {
		gi := g[i]
		mi := k.b1*m[i] + k.ob1*gi
		vi := k.b2*v[i] + k.ob2*gi*gi
		m[i], v[i] = mi, vi
		den := float32(math.Sqrt(float64(vi*k.c2))) + k.eps
		p[i] -= k.lr*(mi*k.c1)/den + k.lrwd*p[i]
	}
}

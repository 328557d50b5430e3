package accel

import "math"

// Row primitives of the fused kernels, dispatched like vec.go's.

// sumSqDev returns Σ (x[i] − m)².
func sumSqDev(x []float32, m float32) float32 {
	n := len(x) &^ 15
	var s float32
	if useAVX512 && n > 0 {
		s = sumSqDevAVX512(ptr(x), n, m)
	} else {
		n = 0
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
	n := len(out) &^ 15
	if useAVX512 && n > 0 {
		lnApplyAVX512(ptr(out), ptr(x), ptr(w), ptr(b), n, m, s)
	} else {
		n = 0
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
	n := len(dw) &^ 15
	var r [2]float32
	if useAVX512 && n > 0 {
		lnBackward1AVX512(ptr(dw), ptr(db), ptr(x), ptr(d), ptr(w), n, m, s, &r)
	} else {
		n = 0
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
	n := len(dinp) &^ 15
	if useAVX512 && n > 0 {
		k := [4]float32{m, s, ma, mb}
		lnBackward2AVX512(ptr(dinp), ptr(x), ptr(d), ptr(w), n, &k)
	} else {
		n = 0
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
	n := len(p) &^ 15
	if useAVX512 && n > 0 {
		adamwAVX512(ptr(p), ptr(g), ptr(m), ptr(v), n, k)
	} else {
		n = 0
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

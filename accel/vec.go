package accel

import (
	"math"
	"unsafe"
)

// The instruction sets of the vector kernels.
const (
	isaGo = iota
	isaAVX2
	isaAVX512
)

// vecISA selects the vector kernels: the best this CPU runs. Tests and
// benchmarks lower it to run the AVX2 and pure-Go twins on the same inputs.
var vecISA = bestVecISA()

func bestVecISA() int {
	switch {
	case hasAVX512:
		return isaAVX512
	case hasAVX2:
		return isaAVX2
	}
	return isaGo
}

// vecISAs lists the kernel sets this CPU can run, slowest first.
func vecISAs() []int {
	isas := []int{isaGo}
	if hasAVX2 {
		isas = append(isas, isaAVX2)
	}
	if hasAVX512 {
		isas = append(isas, isaAVX512)
	}
	return isas
}

var isaNames = [...]string{isaGo: "go", isaAVX2: "avx2", isaAVX512: "avx512"}

// simdLen is how much of an l-element slice the assembly handles (a
// multiple of the vector width); the rest runs in Go.
func simdLen(l int) int {
	switch vecISA {
	case isaAVX512:
		return l &^ 15
	case isaAVX2:
		return l &^ 7
	}
	return 0
}

func ptr(s []float32) *float32 { return unsafe.SliceData(s) }

func dot(x, y []float32) float32 {
	y = y[:len(x)]
	n := simdLen(len(x))
	var s float32
	switch {
	case n == 0:
	case vecISA == isaAVX512:
		s = dotAVX512(ptr(x), ptr(y), n)
	default:
		s = dotAVX2(ptr(x), ptr(y), n)
	}
	return s + dotGo(x[n:], y[n:])
}

// The Go twins of the reductions accumulate in float64: they run scalar
// anyway, and it keeps long rows (a 50257-word vocabulary) accurate.

func dotGo(x, y []float32) float32 {
	y = y[:len(x)]
	var s0, s1, s2, s3 float64
	i := 0
	for ; i+4 <= len(x); i += 4 {
		s0 += float64(x[i] * y[i])
		s1 += float64(x[i+1] * y[i+1])
		s2 += float64(x[i+2] * y[i+2])
		s3 += float64(x[i+3] * y[i+3])
	}
	for ; i < len(x); i++ {
		s0 += float64(x[i] * y[i])
	}
	return float32((s0 + s1) + (s2 + s3))
}

func sum(x []float32) float32 {
	n := simdLen(len(x))
	var s float32
	switch {
	case n == 0:
	case vecISA == isaAVX512:
		s = sumAVX512(ptr(x), n)
	default:
		s = sumAVX2(ptr(x), n)
	}
	return s + sumGo(x[n:])
}

func sumGo(x []float32) float32 {
	var s0, s1, s2, s3 float64
	i := 0
	for ; i+4 <= len(x); i += 4 {
		s0 += float64(x[i])
		s1 += float64(x[i+1])
		s2 += float64(x[i+2])
		s3 += float64(x[i+3])
	}
	for ; i < len(x); i++ {
		s0 += float64(x[i])
	}
	return float32((s0 + s1) + (s2 + s3))
}

// maxOf returns the largest element (−Inf for none).
func maxOf(x []float32) float32 {
	n := simdLen(len(x))
	m := float32(math.Inf(-1))
	switch {
	case n == 0:
	case vecISA == isaAVX512:
		m = maxAVX512(ptr(x), n)
	default:
		m = maxAVX2(ptr(x), n)
	}
	for _, v := range x[n:] {
		if v > m {
			m = v
		}
	}
	return m
}

func maxGo(x []float32) float32 {
	m := float32(math.Inf(-1))
	for _, v := range x {
		if v > m {
			m = v
		}
	}
	return m
}

func axpy(alpha float32, x, y []float32) {
	y = y[:len(x)]
	n := simdLen(len(x))
	switch {
	case n == 0:
	case vecISA == isaAVX512:
		axpyAVX512(alpha, ptr(x), ptr(y), n)
	default:
		axpyAVX2(alpha, ptr(x), ptr(y), n)
	}
	axpyGo(alpha, x[n:], y[n:])
}

func axpyGo(alpha float32, x, y []float32) {
	y = y[:len(x)]
	for i, v := range x {
		y[i] += alpha * v
	}
}

func add(dst, a, b []float32) {
	a, b = a[:len(dst)], b[:len(dst)]
	n := simdLen(len(dst))
	switch {
	case n == 0:
	case vecISA == isaAVX512:
		addAVX512(ptr(dst), ptr(a), ptr(b), n)
	default:
		addAVX2(ptr(dst), ptr(a), ptr(b), n)
	}
	addGo(dst[n:], a[n:], b[n:])
}

func addGo(dst, a, b []float32) {
	a, b = a[:len(dst)], b[:len(dst)]
	for i := range dst {
		dst[i] = a[i] + b[i]
	}
}

func mul(dst, a, b []float32) {
	a, b = a[:len(dst)], b[:len(dst)]
	n := simdLen(len(dst))
	switch {
	case n == 0:
	case vecISA == isaAVX512:
		mulAVX512(ptr(dst), ptr(a), ptr(b), n)
	default:
		mulAVX2(ptr(dst), ptr(a), ptr(b), n)
	}
	mulGo(dst[n:], a[n:], b[n:])
}

func mulGo(dst, a, b []float32) {
	a, b = a[:len(dst)], b[:len(dst)]
	for i := range dst {
		dst[i] = a[i] * b[i]
	}
}

func scale(dst, x []float32, s float32) {
	x = x[:len(dst)]
	n := simdLen(len(dst))
	switch {
	case n == 0:
	case vecISA == isaAVX512:
		scaleAVX512(ptr(dst), ptr(x), s, n)
	default:
		scaleAVX2(ptr(dst), ptr(x), s, n)
	}
	scaleGo(dst[n:], x[n:], s)
}

func scaleGo(dst, x []float32, s float32) {
	x = x[:len(dst)]
	for i, v := range x {
		dst[i] = s * v
	}
}

// expSum sets dst[i] = exp(x[i] − shift) and returns Σ dst.
func expSum(dst, x []float32, shift float32) float32 {
	x = x[:len(dst)]
	n := simdLen(len(dst))
	var s float32
	switch {
	case n == 0:
	case vecISA == isaAVX512:
		s = expSumAVX512(ptr(dst), ptr(x), n, shift)
	default:
		s = expSumAVX2(ptr(dst), ptr(x), n, shift)
	}
	return s + expSumGo(dst[n:], x[n:], shift)
}

func expSumGo(dst, x []float32, shift float32) float32 {
	x = x[:len(dst)]
	var s float64
	for i, v := range x {
		e := exp32(v - shift)
		dst[i] = e
		s += float64(e)
	}
	return float32(s)
}

// exp32 is the scalar float32 exp of the vector kernel: Cody–Waite range
// reduction x = n·ln2 + r, |r| ≤ ½ln2, a degree-7 polynomial for eʳ, then
// scaling by 2ⁿ. Relative error is below 2 ulp over the float32 range.
func exp32(x float32) float32 {
	if x != x {
		return x
	}
	x = min(max(x, -103.97), 89)
	t := x * math.Log2E
	var ni int32
	if t >= 0 {
		ni = int32(t + 0.5)
	} else {
		ni = int32(t - 0.5)
	}
	n := float32(ni)
	r := x - n*0.693359375
	r = r - n*-2.12194440e-4
	p := float32(1.0 / 5040)
	p = p*r + 1.0/720
	p = p*r + 1.0/120
	p = p*r + 1.0/24
	p = p*r + 1.0/6
	p = p*r + 0.5
	p = p*r + 1
	p = p*r + 1
	// p·2ⁿ through the exponent bits, in two steps at the ends of the
	// range (n ∈ [−150, 128]) so subnormals and overflow come out right.
	switch {
	case ni > 127:
		p *= 2
		ni--
	case ni < -126:
		p *= 1.0 / (1 << 60)
		ni += 60
	}
	return p * math.Float32frombits(uint32(ni+127)<<23)
}

func tanhv(dst, x []float32) {
	x = x[:len(dst)]
	n := simdLen(len(dst))
	switch {
	case n == 0:
	case vecISA == isaAVX512:
		tanhAVX512(ptr(dst), ptr(x), n)
	default:
		tanhAVX2(ptr(dst), ptr(x), n)
	}
	tanhGo(dst[n:], x[n:])
}

func tanhGo(dst, x []float32) {
	x = x[:len(dst)]
	for i, v := range x {
		dst[i] = tanh32(v)
	}
}

// tanh32 is tanh as x·P(x²)/Q(x²), a rational minimax fit accurate to a
// few ulp on |x| ≤ 7.9053 (beyond it tanh rounds to ±1 in float32).
func tanh32(x float32) float32 {
	const clamp = 7.90531110763549805
	x = min(max(x, -clamp), clamp) // NaN stays NaN
	x2 := x * x
	p := float32(-2.76076847742355e-16)
	p = p*x2 + 2.00018790482477e-13
	p = p*x2 + -8.60467152213735e-11
	p = p*x2 + 5.12229709037114e-08
	p = p*x2 + 1.48572235717979e-05
	p = p*x2 + 6.37261928875436e-04
	p = p*x2 + 4.89352455891786e-03
	p *= x
	q := float32(1.19825839466702e-06)
	q = q*x2 + 1.18534705686654e-04
	q = q*x2 + 2.26843463243900e-03
	q = q*x2 + 4.89352518554385e-03
	return p / q
}

const (
	geluS = 0.7978845608028654 // sqrt(2/π)
	geluC = 0.044715
)

func gelu(dst, x []float32) {
	x = x[:len(dst)]
	n := simdLen(len(dst))
	switch {
	case n == 0:
	case vecISA == isaAVX512:
		geluAVX512(ptr(dst), ptr(x), n)
	default:
		geluAVX2(ptr(dst), ptr(x), n)
	}
	geluGo(dst[n:], x[n:])
}

func geluGo(dst, x []float32) {
	x = x[:len(dst)]
	for i, v := range x {
		u := v * (geluS + geluS*geluC*v*v)
		h := 0.5 * v
		dst[i] = h + h*tanh32(u)
	}
}

func geluBackward(dinp, x, dout []float32) {
	x, dout = x[:len(dinp)], dout[:len(dinp)]
	n := simdLen(len(dinp))
	switch {
	case n == 0:
	case vecISA == isaAVX512:
		geluBackwardAVX512(ptr(dinp), ptr(x), ptr(dout), n)
	default:
		geluBackwardAVX2(ptr(dinp), ptr(x), ptr(dout), n)
	}
	geluBackwardGo(dinp[n:], x[n:], dout[n:])
}

func geluBackwardGo(dinp, x, dout []float32) {
	x, dout = x[:len(dinp)], dout[:len(dinp)]
	for i, v := range x {
		v2 := v * v
		th := tanh32(v * (geluS + geluS*geluC*v2))
		du := geluS + 3*geluS*geluC*v2
		g := 0.5 * (1 + th + v*(1-th*th)*du)
		dinp[i] += g * dout[i]
	}
}

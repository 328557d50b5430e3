package tensor

import "math"

// Float32 kernels for the transcendental functions in hot loops. They use
// the Cephes single-precision range reductions and polynomials (relative
// error about 2 ulp), several times faster than converting to float64 for
// the math package.

const (
	expHi   = 88.72283905206835 // above: +Inf
	expLo   = -103.97207708     // below: 0
	log2e   = 1.44269504088896341
	expC1   = 0.693359375
	expC2   = -2.12194440e-4
	sqrt2pi = 0.7978845608028654 // sqrt(2/pi)
)

// expf returns e**x in float32.
func expf(x float32) float32 {
	if x != x {
		return x
	}
	if x > expHi {
		return float32(math.Inf(1))
	}
	if x < expLo {
		return 0
	}
	fx := x*log2e + 0.5
	n := int32(fx)
	if float32(n) > fx {
		n--
	}
	fn := float32(n)
	r := x - fn*expC1 - fn*expC2
	z := r * r
	y := ((((1.9875691500e-4*r+1.3981999507e-3)*r+8.3334519073e-3)*r+4.1665795894e-2)*r+1.6666665459e-1)*r + 5.0000001201e-1
	y = y*z + r + 1
	// scale by 2**n in at most two steps to stay within normal exponents
	if n > 127 {
		y *= 2
		n--
	}
	if n < -126 {
		y *= 1.1754943508222875e-38 // 2**-126
		n += 126
	}
	return y * math.Float32frombits(uint32(n+127)<<23)
}

// tanhf returns tanh(x) in float32.
func tanhf(x float32) float32 {
	ax := x
	if ax < 0 {
		ax = -ax
	}
	if ax > 0.625 {
		if ax > 9.1 {
			if x < 0 {
				return -1
			}
			return 1
		}
		z := 1 - 2/(expf(2*ax)+1)
		if x < 0 {
			return -z
		}
		return z
	}
	if x != x {
		return x
	}
	z := x * x
	return ((((-5.70498872745e-3*z+2.06390887954e-2)*z-5.37397155531e-2)*z+1.33314422036e-1)*z-3.33332819422e-1)*z*x + x
}

// sigmoidf returns 1/(1+e**-x) in float32.
func sigmoidf(x float32) float32 {
	return 1 / (1 + expf(-x))
}

// logf returns the natural logarithm in float32.
func logf(x float32) float32 { return float32(math.Log(float64(x))) }

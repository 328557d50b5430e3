package tensor

import (
	"encoding/binary"
	"fmt"
	"math"
	"sync"
)

// The session's random number generator: xoshiro256** seeded through
// splitmix64. Its whole state is four words, so RNGState/SetRNGState can
// save and restore it exactly (checkpoints resume the same random stream).

const defaultSeed = 67280421310721 // PyTorch's default seed, for familiarity

type rng struct {
	mu sync.Mutex
	s  [4]uint64
}

var globalRNG = newRNG(defaultSeed)

func newRNG(seed uint64) *rng {
	r := &rng{}
	r.seed(seed)
	return r
}

func (r *rng) seed(seed uint64) {
	x := seed
	for i := range r.s {
		x += 0x9e3779b97f4a7c15
		z := x
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
		z = (z ^ (z >> 27)) * 0x94d049bb133111eb
		r.s[i] = z ^ (z >> 31)
	}
}

func rotl(x uint64, k uint) uint64 { return (x << k) | (x >> (64 - k)) }

func (r *rng) next() uint64 {
	s := &r.s
	res := rotl(s[1]*5, 7) * 9
	t := s[1] << 17
	s[2] ^= s[0]
	s[3] ^= s[1]
	s[1] ^= s[2]
	s[0] ^= s[3]
	s[2] ^= t
	s[3] = rotl(s[3], 45)
	return res
}

// float32 in [0, 1).
func (r *rng) uniform() float32 { return float32(r.next()>>40) * (1.0 / (1 << 24)) }

// float64 in (0, 1].
func (r *rng) uniform64Open() float64 { return (float64(r.next()>>11) + 1) * (1.0 / (1 << 53)) }

func (r *rng) fillNormal(d []float32, mean, std float32) {
	for i := 0; i < len(d); i += 2 {
		u1, u2 := r.uniform64Open(), r.uniform64Open()
		rad := math.Sqrt(-2 * math.Log(u1))
		s, c := math.Sincos(2 * math.Pi * u2)
		d[i] = mean + std*float32(rad*c)
		if i+1 < len(d) {
			d[i+1] = mean + std*float32(rad*s)
		}
	}
}

// intn returns a uniform integer in [0, n).
func (r *rng) intn(n int) int {
	if n <= 0 {
		panic("tensor: intn: non-positive bound")
	}
	// Lemire's multiply-shift with rejection for exact uniformity
	bound := uint64(n)
	for {
		x := r.next()
		hi, lo := mul64(x, bound)
		if lo >= bound || lo >= (-bound)%bound {
			return int(hi)
		}
	}
}

func mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0, x1 := x&mask32, x>>32
	y0, y1 := y&mask32, y>>32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1 := t&mask32 + x0*y1
	hi = x1*y1 + t>>32 + w1>>32
	lo = x * y
	return
}

// Seed resets the session's random generator so that the following Rand,
// Randn, Dropout, ... calls are reproducible.
func Seed(n int64) {
	globalRNG.mu.Lock()
	globalRNG.seed(uint64(n))
	globalRNG.mu.Unlock()
}

const rngStateMagic = "gograd-xoshiro256**/1"

// RNGState returns the generator state as bytes, for checkpoints.
func RNGState() []byte {
	globalRNG.mu.Lock()
	defer globalRNG.mu.Unlock()
	b := []byte(rngStateMagic)
	for _, w := range globalRNG.s {
		b = binary.LittleEndian.AppendUint64(b, w)
	}
	return b
}

// SetRNGState restores a state returned by RNGState.
func SetRNGState(state []byte) error {
	if len(state) != len(rngStateMagic)+32 || string(state[:len(rngStateMagic)]) != rngStateMagic {
		return fmt.Errorf("tensor: SetRNGState: not a gograd RNG state (%d bytes; want %d starting with %q)", len(state), len(rngStateMagic)+32, rngStateMagic)
	}
	var s [4]uint64
	nonzero := false
	for i := range s {
		s[i] = binary.LittleEndian.Uint64(state[len(rngStateMagic)+8*i:])
		nonzero = nonzero || s[i] != 0
	}
	if !nonzero {
		return fmt.Errorf("tensor: SetRNGState: all-zero state is invalid")
	}
	globalRNG.mu.Lock()
	globalRNG.s = s
	globalRNG.mu.Unlock()
	return nil
}

// Rand returns a tensor of uniform values in [0, 1).
func Rand(shape ...int) *Tensor { return Uniform(0, 1, shape...) }

// Uniform returns a tensor of uniform values in [lo, hi).
func Uniform(lo, hi float32, shape ...int) *Tensor {
	checkShape("Uniform", shape)
	t := newTensor(shape...)
	d := t.st.data
	globalRNG.mu.Lock()
	for i := range d {
		d[i] = lo + (hi-lo)*globalRNG.uniform()
	}
	globalRNG.mu.Unlock()
	return t
}

// Randn returns a tensor of standard normal values.
func Randn(shape ...int) *Tensor { return Normal(0, 1, shape...) }

// Normal returns a tensor of normal values with the given mean and
// standard deviation.
func Normal(mean, std float32, shape ...int) *Tensor {
	checkShape("Normal", shape)
	t := newTensor(shape...)
	globalRNG.mu.Lock()
	globalRNG.fillNormal(t.st.data, mean, std)
	globalRNG.mu.Unlock()
	return t
}

// RandInt returns a tensor of integers drawn uniformly from [lo, hi).
func RandInt(lo, hi int, shape ...int) *Tensor {
	checkShape("RandInt", shape)
	if hi <= lo {
		panicf("RandInt: empty range [%d, %d)", lo, hi)
	}
	t := newTensor(shape...)
	globalRNG.mu.Lock()
	for i := range t.st.data {
		t.st.data[i] = float32(lo + globalRNG.intn(hi-lo))
	}
	globalRNG.mu.Unlock()
	return t
}

// RandPerm returns a random permutation of 0..n-1.
func RandPerm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	globalRNG.mu.Lock()
	for i := n - 1; i > 0; i-- {
		j := globalRNG.intn(i + 1)
		p[i], p[j] = p[j], p[i]
	}
	globalRNG.mu.Unlock()
	return p
}

// Multinomial draws one index per row of probs (1-D, or 2-D with one
// distribution per row) with probability proportional to its weights,
// e.g. to sample the next token. The weights need not sum to 1.
func Multinomial(probs *Tensor) *Tensor {
	if len(probs.shape) != 1 && len(probs.shape) != 2 {
		panicf("Multinomial: want 1-D or 2-D probabilities, got shape %v", probs.shape)
	}
	n := probs.shape[len(probs.shape)-1]
	d := probs.contigData()
	rows := len(d) / max(n, 1)
	out := newTensor(probs.shape[:len(probs.shape)-1]...)
	globalRNG.mu.Lock()
	defer globalRNG.mu.Unlock()
	for r := 0; r < rows; r++ {
		row := d[r*n : (r+1)*n]
		var total float64
		for _, p := range row {
			if p < 0 || p != p {
				panicf("Multinomial: negative or NaN weight %v", p)
			}
			total += float64(p)
		}
		if total <= 0 {
			panicf("Multinomial: weights of row %d sum to %v", r, total)
		}
		u := float64(globalRNG.uniform64Open()) * total
		idx := n - 1
		var acc float64
		for i, p := range row {
			acc += float64(p)
			if u <= acc && p > 0 {
				idx = i
				break
			}
		}
		out.st.data[r] = float32(idx)
	}
	return out
}

// Bernoulli returns 1 with probability p and 0 otherwise, per element of
// the given shape.
func Bernoulli(p float32, shape ...int) *Tensor {
	checkShape("Bernoulli", shape)
	t := newTensor(shape...)
	globalRNG.mu.Lock()
	for i := range t.st.data {
		if globalRNG.uniform() < p {
			t.st.data[i] = 1
		}
	}
	globalRNG.mu.Unlock()
	return t
}

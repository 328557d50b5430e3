// Code generated from bloom_filter_fnv.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"math/bits"
	"strconv"
)

// A bit-packed Bloom filter over []uint64 using hash/fnv with double
// hashing, plus a false-positive estimate.
//
//line testdata/conformance/bloom_filter_fnv.gos/_.go:1:1
type Bloom struct {
	bits []uint64
	m    uint64 // number of bits
	k    int    // hashes per key
	n    int
}

func NewBloom(expected int, fpRate float64) *Bloom {
	m := uint64(math.Ceil(-float64(expected) * math.Log(fpRate) / (math.Ln2 * math.Ln2)))
	k := int(math.Round(float64(m) / float64(expected) * math.Ln2))
	if k < 1 {
		k = 1
	}
	return &Bloom{bits: make([]uint64, (m+63)/64), m: m, k: k}
}

func hashes(key string) (uint64, uint64) {
	h := fnv.New64a()
	h.Write([]byte(key))
	a := h.Sum64()
	h2 := fnv.New32()
	io.WriteString(h2, key)
	b := uint64(h2.Sum32()) | 1
	return a, b
}

func (b *Bloom) positions(key string) []uint64 {
	a, c := hashes(key)
	pos := make([]uint64, b.k)
	for i := range pos {
		pos[i] = (a + uint64(i)*c) % b.m
	}
	return pos
}

func (b *Bloom) Add(key string) {
	for _, p := range b.positions(key) {
		b.bits[p/64] |= 1 << (p % 64)
	}
	b.n++
}

func (b *Bloom) Has(key string) bool {
	for _, p := range b.positions(key) {
		if b.bits[p/64]&(1<<(p%64)) == 0 {
			return false
		}
	}
	return true
}

func (b *Bloom) FillRatio() float64 {
	set := 0
	for _, w := range b.bits {
		set += bits.OnesCount64(w)
	}
	return float64(set) / float64(b.m)
}

func (b *Bloom) String() string {
	return fmt.Sprintf("Bloom{m=%d k=%d n=%d words=%d fill=%.3f}", b.m, b.k, b.n, len(b.bits), b.FillRatio())
}

func main() {
	bf := NewBloom(200, 0.01)
	fmt.Println(bf)
	for i := 0; i < 200; i++ {
		bf.Add(fmt.Sprintf("user-%03d", i))
	}
	fmt.Println(bf)
	missing := 0
	for i := 0; i < 200; i++ {
		if !bf.Has(fmt.Sprintf("user-%03d", i)) {
			missing++
		}
	}
	fmt.Println("false negatives:", missing)
	fp := 0
	for i := 0; i < 5000; i++ {
		if bf.Has("other-" + strconv.Itoa(i)) {
			fp++
		}
	}
	fmt.Printf("false positives: %d/5000 (%.2f%%)\n", fp, float64(fp)/50)
	est := math.Pow(1-math.Exp(-float64(bf.k*bf.n)/float64(bf.m)), float64(bf.k))
	fmt.Printf("expected rate: %.4f\n", est)
	a, c := hashes("hello")
	fmt.Printf("%016x %x %d\n", a, c, bits.TrailingZeros64(a))
	h := fnv.New32a()
	fmt.Fprintf(h, "%s-%d", "key", 7)
	fmt.Printf("%08x %v\n", h.Sum32(), h.Sum(nil))
	small := &Bloom{bits: make([]uint64, 1), m: 64, k: 3}
	for _, w := range []string{"a", "b", "c"} {
		small.Add(w)
	}
	fmt.Printf("%064b\n", small.bits[0])
	fmt.Println(small.Has("a"), small.Has("zzz"), bits.OnesCount64(small.bits[0]) <= 9)
}

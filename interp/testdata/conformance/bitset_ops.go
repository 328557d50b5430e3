// Code generated from bitset_ops.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math/bits"
)

//line testdata/conformance/bitset_ops.gos/_.go:1:1
type BitSet struct {
	words []uint64
}

func (b *BitSet) Set(i int) {
	for i/64 >= len(b.words) {
		b.words = append(b.words, 0)
	}
	b.words[i/64] |= 1 << (uint(i) % 64)
}

func (b *BitSet) Has(i int) bool {
	return i/64 < len(b.words) && b.words[i/64]&(1<<(uint(i)%64)) != 0
}

func (b *BitSet) Clear(i int) {
	if i/64 < len(b.words) {
		b.words[i/64] &^= 1 << (uint(i) % 64)
	}
}

func (b *BitSet) Count() int {
	n := 0
	for _, w := range b.words {
		n += bits.OnesCount64(w)
	}
	return n
}

func (b *BitSet) Members() []int {
	var out []int
	for wi, w := range b.words {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			out = append(out, wi*64+t)
			w &= w - 1
		}
	}
	return out
}

func (b *BitSet) Union(o *BitSet) *BitSet {
	r := &BitSet{}
	for i := 0; i < max(len(b.words), len(o.words)); i++ {
		var x, y uint64
		if i < len(b.words) {
			x = b.words[i]
		}
		if i < len(o.words) {
			y = o.words[i]
		}
		r.words = append(r.words, x|y)
	}
	return r
}

var a, b BitSet

func main() {
	for _, i := range []int{1, 3, 64, 65, 130} {
		a.Set(i)
	}
	for _, i := range []int{3, 4, 200} {
		b.Set(i)
	}
	a.Clear(65)
	fmt.Println(a.Members(), a.Count(), a.Has(64), a.Has(65), a.Has(999))
	u := a.Union(&b)
	fmt.Println(u.Members(), u.Count(), len(u.words))
	fmt.Printf("%064b\n", a.words[0])
	fmt.Printf("%#x %#o %v\n", a.words[1], uint8(200), ^uint8(0)>>1)
	var flags uint8 = 0b1010_0101
	fmt.Println(flags>>4, flags&0x0f, flags^0xff, bits.Reverse8(flags), bits.RotateLeft8(flags, -1))
	x := uint32(1)
	for i := 0; i < 5; i++ {
		x = x<<3 | x>>29
	}
	fmt.Println(x, bits.LeadingZeros32(x))
	gray := func(n uint) uint { return n ^ (n >> 1) }
	for i := uint(0); i < 8; i++ {
		fmt.Printf("%03b ", gray(i))
	}
	fmt.Println()
}

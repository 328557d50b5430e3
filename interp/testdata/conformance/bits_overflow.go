// Code generated from bits_overflow.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math"
	"math/bits"
)

//line testdata/conformance/bits_overflow.gos/_.go:1:1
var i8 int8 = 127

func main() {
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println(u32)
	x := math.MaxInt64
	x++
	fmt.Println(x == math.MinInt64)
	var u16 uint16 = 0xABCD
	fmt.Printf("%04x %016b\n", u16>>4|u16<<12, u16)
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros32(1), bits.TrailingZeros64(8), bits.Reverse8(1))
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a, -a>>1)
	var h uint32 = 2166136261
	for _, c := range []byte("hash me") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
	fmt.Println(uint(1)<<63, int64(-7)/2, -7%3, 7>>1)
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), int32(int64(1)<<33+5+int64(neg)))
	f := 3.99
	fmt.Println(int(f), int(-f), uint8(int(f)+254))
}

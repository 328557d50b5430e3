// Code generated from bits_manip.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math"
	"math/bits"
)

//line testdata/conformance/bits_manip.gos/_.go:1:1
func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

var x uint64 = 0xF0F0_1234

var flags uint32

const (
	R = 1 << iota
	W
	X
)

func main() {
	fmt.Println(popcount(x), bits.OnesCount64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x))
	fmt.Printf("%064b\n", bits.Reverse64(x))
	fmt.Printf("%#x %#x\n", bits.RotateLeft32(0x80000001, 1), bits.ReverseBytes16(0xABCD))
	var u8 uint8 = 200
	u8 += 100
	var i8 int8 = 127
	i8++
	fmt.Println(u8, i8, ^0, ^uint16(0), -(-128))
	a, b := 0b1011, 0b0110
	fmt.Println(a&b, a|b, a^b, a&^b, a<<3, a>>1, -a>>1)
	isPow2 := func(n int) bool { return n > 0 && n&(n-1) == 0 }
	for _, n := range []int{0, 1, 6, 64, 1023, 1024} {
		fmt.Print(isPow2(n), " ")
	}
	fmt.Println()
	flags |= R | X
	fmt.Println(flags&W != 0, flags&X != 0, flags)
	flags &^= X
	fmt.Printf("%03b\n", flags)
	hi, lo := bits.Mul64(1<<63, 6)
	sum, carry := bits.Add64(math.MaxUint64, 2, 0)
	fmt.Println(hi, lo, sum, carry)
	shift := 70
	fmt.Println(1<<(shift%64), uint32(1)<<31>>30, int32(-1)<<31)
	var s uint = 3
	fmt.Println(1<<s, int64(1)<<(s*20))
	fmt.Println(bits.Len(255), bits.UintSize)
}

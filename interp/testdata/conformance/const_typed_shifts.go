// Code generated from const_typed_shifts.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math"
	"time"
)

// Typed and untyped constants: big untyped intermediates, shifts whose
// type comes from context, iota expressions with skips, typed overflow
// at run time (wrapping), and float/int conversions.
//
//line testdata/conformance/const_typed_shifts.gos/_.go:1:1
type ByteSize uint64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", float64(b)/float64(TB))
	case b >= GB:
		return fmt.Sprintf("%.2fGB", float64(b)/float64(GB))
	case b >= MB:
		return fmt.Sprintf("%.2fMB", float64(b)/float64(MB))
	case b >= KB:
		return fmt.Sprintf("%.2fKB", float64(b)/float64(KB))
	}
	return fmt.Sprintf("%dB", uint64(b))
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	_
	Sticky
	All = Read | Write | Exec
)

func (p Perm) String() string {
	var b [4]byte
	for i, c := range "rwxs" {
		bit := Perm(1) << i
		if i == 3 {
			bit = Sticky
		}
		if p&bit != 0 {
			b[i] = byte(c)
		} else {
			b[i] = '-'
		}
	}
	return string(b[:])
}

const huge = 1 << 100

const ratio = huge >> 98 // 4, exact

const third = 1.0 / 3 // untyped float

const mixed = 'a' + 1 // untyped rune

const typedF float32 = 1.0 / 3 // rounded to float32

// constant arithmetic precision and conversions
const big1 = 1e30

const small = big1/1e29 - 10 // exactly 0 in constant arithmetic

const secsPerDay = 24 * 60 * 60

type Celsius float64

const boil Celsius = 100

const (
	A, B = iota * 10, iota + 100
	C, D
	_, _
	E, F
)

func main() {
	fmt.Println(KB, MB, GB, TB, ByteSize(1536), ByteSize(3*GB+GB/2), ByteSize(12))
	fmt.Println(ratio, huge/(huge>>3), third*3 == 1, float32(third) == typedF, string(rune(mixed)))
	fmt.Printf("%T %T %T %v\n", ratio, third, mixed, typedF)
	fmt.Println(Read, Write, Exec, Sticky, All, All|Sticky, Perm(0), uint8(Sticky))
	// shifts: an untyped constant shifted by a variable takes the type of context
	var s uint = 3
	f := 2.0
	i64 := int64(1) << 62
	u200 := uint8(200)
	fmt.Println(1<<s, int8(1)<<s, u200<<1>>1, i64<<1, f*float64(int(1)<<s))
	var u8 uint8 = 1 << s
	u16 := uint16(0xFFFF)
	u16 <<= 4
	fmt.Println(u8, u16, ^uint8(0)>>s, -1>>1, -8>>s, uint32(1)<<31)
	// run-time wrapping of typed integers
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c int32 = math.MaxInt32
	c += 2
	x := math.MinInt64
	x = -x
	fmt.Println(a, b, c, x == math.MinInt64, int16(40000-65536), uint16(0x1_0001&0xFFFF))
	fmt.Println(small, int64(big1/1e20), uint64(math.MaxUint64), math.MaxInt8+math.MinInt8)
	fl := 3.99
	neg := -3.99
	fmt.Println(int(fl), int(neg), int64(math.Round(neg)), uint8(int(fl)*100), math.Trunc(-0.5))
	fmt.Println(7/2, -7/2, 7%-3, -7%3, 7.0/2, 1/2*4.0, 1.0/2*4)
	days := 3
	fmt.Println(secsPerDay*days, time.Duration(secsPerDay)*time.Second, float64(days)/7)
	fmt.Printf("%.1f %T %v\n", boil*9/5+32, boil, boil/3)
	fmt.Println(A, B, C, D, E, F)
}

// Code generated from numeric_wraparound_fmt.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"hash/fnv"
	"math"
	"math/cmplx"
	"strconv"
)

//line testdata/conformance/numeric_wraparound_fmt.gos/_.go:1:1
var i8 int8 = 127

const big = 1 << 100

type Weekday int

const (
	Sun Weekday = iota
	Mon
)

func main() {
	i8++
	var u8 uint8 = 0
	u8--
	var u uint = 3
	fmt.Println(i8, u8, u-4 > 0, -7/2, -7%2, 7/-2, 7%-2, -7>>1, uint32(u)<<33>>1)
	x := int64(math.MaxInt64)
	x++
	mi := int64(math.MinInt64)
	neg := int64(-1)
	fmt.Println(x, x-1, -x, mi/neg == mi, mi%neg)
	var sh uint = 70
	one32, max16 := int32(1), uint16(65535)
	fmt.Println(1<<sh, one32<<31, max16+1)
	f := -0.0
	z := 0.0
	nz := -z
	fmt.Println(f, nz, 1/nz, math.Signbit(nz), math.NaN() == math.NaN(), math.Inf(-1) < -math.MaxFloat64)
	fmt.Println(float32(0.1)+float32(0.2), 0.1+0.2, float32(1)/3, 1e100, 123456789.0, 1e-5, 100000000000000000000.0)
	f1, f2 := 2.9, -2.9
	fmt.Println(int(f1), int(f2), int64(float32(16777217)), uint8(300&0xff), math.Round(-2.5), math.Floor(-2.5), math.Trunc(-2.5))
	c := complex(1, 2)
	fmt.Println(c*c, real(c), imag(c), cmplx.Abs(3+4i))
	fmt.Printf("%v %.2f %e %g %T\n", c, c, 1234.5678, 0.00001234, c)
	var b byte = 'A'
	b += 2
	r := 'é'
	fmt.Println(b, string(b), r, string(r), []byte("é"), []rune("héllo")[1])
	fmt.Printf("%c %U %x %X %o %O %b %08.3f|%-8d|%+.1e\n", r, r, 255, 255, 8, 8, 5, 3.14159, 42, 12345.678)
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a"), max('a', 'b'))
	fmt.Println(big>>98, float64(big))
	fmt.Println(Mon+1, Weekday(5)%7, Sun-1)
	h := fnv.New32a()
	h.Write([]byte("hello"))
	fmt.Println(h.Sum32(), strconv.FormatInt(int64(h.Sum32()), 16))
}

// Code generated from numeric_types.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"math"
	"math/bits"
	"math/cmplx"
	"strconv"
)

//line testdata/conformance/numeric_types.gos/_.go:1:1
var f32 float32 = 0.1

var f64 float64 = 0.1

func main() {
	fmt.Println(f32, f64, float64(f32), f32*3, f64*3)
	fmt.Println(float32(1)/3, 1.0/3, float32(16777216)+1, math.Float32bits(1.5))
	c := complex(3, 4)
	fmt.Println(c, real(c), imag(c), cmplx.Abs(c), c*c, c/complex(0, 1))
	fmt.Printf("%.2f %v %g\n", c, complex64(c), cmplx.Sqrt(-1))
	var i8 int8 = 100
	var i16 int16 = int16(i8) * 400
	var u16 uint16 = uint16(i16)
	fmt.Println(i8+i8, i16, u16, int32(u16)<<2)
	x := 0.1 + 0.2
	fmt.Println(x == 0.3, math.Abs(x-0.3) < 1e-9, strconv.FormatFloat(x, 'g', 17, 64))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	f27 := 2.7
	fmt.Println(math.Trunc(f27), math.Floor(-f27), int(f27), int(-f27), int64(math.Round(2.5)))
	fmt.Println(7/2, 7.0/2, float64(7)/2, 7%3, -7%3, 7&3, 7|8, 7^2, 1<<10, 1024>>3)
	var u uint = 3
	var i int = -2
	fmt.Println(int(u)+i, u*2, uint8(255)+uint8(u))
	h := fnv.New32a()
	h.Write([]byte("hello"))
	fmt.Println(h.Sum32(), crc32.ChecksumIEEE([]byte("hello")))
	fmt.Printf("%08b %o %X %#o %e\n", 37, 64, 3054, 8, 123456.789)
	fmt.Println(strconv.FormatInt(-42, 2), strconv.FormatInt(255, 16), strconv.Itoa(1e6))
	n, _ := strconv.ParseInt("-101", 2, 8)
	fmt.Println(n, bits.Len(1023), math.Hypot(3, 4), math.Max(3, math.NaN()), math.Min(-0.0, 0))
	fmt.Println(math.Inf(1) > math.MaxFloat64, math.IsInf(-1/math.Inf(-1), 0), 1/math.Inf(-1))
	sum := float32(0)
	for range 10 {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1)
}

// Code generated from numeric_edge.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"math"
	"math/cmplx"
	"strconv"
)

var ne *strconv.NumError

const big = 1 << 62

func main() {
	fmt.Println(math.NaN(), math.Inf(1), -math.Inf(1), math.MaxInt64, math.MinInt64)
	fmt.Printf("%.2f %v %g %e\n", math.Inf(-1), math.NaN() == math.NaN(), 1e21, 0.0)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3, 0.1+0.2)
	x := 7
	y := -2
	fmt.Println(x/y, x%y, -x/2, -x%2, x>>1, -x>>1)
	var u uint = 3
	u8, i8 := uint8(255), int8(-128)
	fmt.Println(u-4 > 0, u8+1, i8-1)
	n, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(n, err)
	_, err = strconv.ParseInt("999999999999999999999", 10, 64)
	fmt.Println(err)
	_, err = strconv.Atoi("12a")
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err)
	fmt.Println(strconv.FormatInt(-255, 2), strconv.FormatFloat(3.14159, 'f', 3, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Floor(-1.5), math.Trunc(-1.5), math.Mod(7, -3), math.Remainder(7, 3))
	fl := 3.99
	fmt.Println(int(fl), int(-fl), int64(math.Pow(2, 40)), math.Sqrt(-1))
	c := complex(1, 2)
	fmt.Println(c*c, real(c), imag(c), cmplx.Abs(c))
	fmt.Printf("%.3f %08.3f %+.1e %x\n", math.Pi, -math.E, 123456.0, 3.5)
	fmt.Println(big, big>>60, uint64(1<<63))
	fmt.Println(7.0/2, 7/2, float64(7)/2, 1/3.0)
}

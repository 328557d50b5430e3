// Code generated from int_div_neg.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math"
)

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {-1, 5}, {math.MinInt64, -1}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%d / %d = %d, %d %% %d = %d\n", a, b, a/b, a, b, a%b)
	}
	mod := func(a, b int) int { return ((a % b) + b) % b }
	fmt.Println(mod(-7, 3), mod(7, 3), mod(-3, 3))
	floorDiv := func(a, b int) int {
		q := a / b
		if (a%b != 0) && ((a < 0) != (b < 0)) {
			q--
		}
		return q
	}
	fmt.Println(floorDiv(-7, 2), floorDiv(7, 2), floorDiv(-8, 2))
	fmt.Println(-7>>1, -1>>10, -8>>2, 7>>1, uint8(255)>>4)
	var x int8 = -128
	fmt.Println(x/-1, x%-1, -x)
	f1, f2 := -2.9, 2.9
	fmt.Println(int(f1), int(f2), int(float32(f1/5)), int64(1e18))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Mod(-7, 3), math.Remainder(-7, 3), math.Mod(7, -3))
	fmt.Println(math.Inf(1) > 0, -1/math.Inf(1), math.Signbit(-1/math.Inf(1)))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero, math.IsNaN(zero/zero))
	var f float64 = 1e300
	fmt.Println(f*1e10, -f*1e10)
	fmt.Println(uint(7)/2, uint(7)%3, 10/3*3, 10*3/3, 10/3.0*3)
	u3, u5 := uint8(3), uint8(5)
	fmt.Println(int32(-7)/2, int16(-7)%4, u3-u5)
	digits := func(n int) []int {
		if n < 0 {
			n = -n
		}
		var ds []int
		for n > 0 {
			ds = append([]int{n % 10}, ds...)
			n /= 10
		}
		return ds
	}
	fmt.Println(digits(-9071), digits(0))
	gcd := func(a, b int) int {
		for b != 0 {
			a, b = b, a%b
		}
		return a
	}
	fmt.Println(gcd(-12, 18), gcd(12, -18), gcd(0, 5))
	fmt.Println(math.Abs(-3.2), math.Pow(-2, 3), math.Pow(2, -1), math.Sqrt(-1), math.Cbrt(-27))
	fmt.Printf("%.4f %.4f %.4f\n", math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	fmt.Println(math.MaxInt8+1, -math.MaxInt8-1, math.MaxUint16)
	h := 17
	h ^= h << 3
	h &= 0xff
	h |= 1
	h %= 100
	fmt.Println(h)
}

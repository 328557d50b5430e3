// Code generated from fmt_numbers_floats.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	ints := []int{0, 7, -42, 255, 1 << 20}
	for _, n := range ints {
		fmt.Printf("|%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%O|%b|%#x|%c|\n", n, n, n, n, n, n, n, n, n, n&0xff, n, 'A'+n%26)
	}
	floats := []float64{0, 1, -1.5, 3.14159265358979, 1e-7, 123456789.0, 1e21, 2.5e-300, math.Inf(1), math.NaN()}
	for _, f := range floats {
		fmt.Printf("%v|%g|%e|%.3f|%8.2f|%G|%.3g\n", f, f, f, f, f, f, f)
	}
	fmt.Println(strconv.FormatFloat(0.1+0.2, 'f', -1, 64), 0.1+0.2, float32(0.1), float32(1)/3)
	fmt.Println(strconv.FormatFloat(1234.5678, 'e', 3, 64), strconv.FormatFloat(1234.5678, 'G', 3, 64), strconv.FormatFloat(-0.0, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(100, 'b', -1, 64), strconv.FormatFloat(2.5, 'x', -1, 64))
	fmt.Printf("%6.2f%%\n", 45.678)
	fmt.Printf("%q %v %U %#U\n", 'x', 'x', 'é', '☺')
	fmt.Printf("%s|%10s|%-10s|%.2s|%q|%x|% x|%X\n", "go", "go", "go", "gopher", "a\"b", "hi", "hi", []byte("ok"))
	fmt.Printf("%t %v %5t\n", true, false, true)
	fmt.Printf("%v %d %v\n", []int8{-1, 2}, []uint{3, 4}, [2]bool{true})
	fmt.Printf("%x %X %o\n", []int{10, 255}, "Zz", []int{8, 9})
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, math.Pi)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n")
	var c complex128 = complex(1.5, -2)
	fmt.Printf("%v %.1f %g\n", c, c, real(c)*imag(c))
	var u8 uint8 = 200
	var i8 int8 = -128
	fmt.Println(u8, i8, uint16(65535), int64(math.MinInt64), uint64(math.MaxUint64))
	fmt.Printf("%08b %x %d\n", u8, i8, ^u8)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil), fmt.Sprintln("x", 1))
	fmt.Println(math.MaxInt32, math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Printf("%v %v %v\n", 1e6, 1e20, 123456.0)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%5.1e|%-12g|%+.2e\n", 123456.789, 0.000012345, -9.999)
}

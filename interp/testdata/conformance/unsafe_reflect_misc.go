// Code generated from unsafe_reflect_misc.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"reflect"
	"runtime"
	"strings"
	"unsafe"
)

// unsafe (Sizeof, Offsetof, Pointer conversions, String), struct tags
// through reflect, Sscanf, Replacer, float and integer edge values,
// complex numbers, a recovered division by zero, fmt verbs.
//
//line testdata/conformance/unsafe_reflect_misc.gos/_.go:1:1
type Rec struct {
	ID   int    `json:"id" db:"rec_id"`
	Name string `json:"name,omitempty"`
	skip bool
}

type Node struct {
	Val  int
	Next *Node
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

var a, b int

var s string

type pair struct{ a, b int }

type S2 struct {
	A int8
	B int64
}

func main() {
	fmt.Println(unsafe.Sizeof(int64(0)), unsafe.Sizeof(struct {
		a int8
		b int64
	}{}), runtime.NumCPU() > 0)
	t := reflect.TypeOf(Rec{})
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Tag.Get("json"), f.Tag.Get("db"), f.IsExported())
	}
	n := &Node{1, &Node{2, nil}}
	fmt.Printf("%v %+v\n", *n.Next, *n.Next)
	k, err := fmt.Sscanf("12 34 go", "%d %d %s", &a, &b, &s)
	fmt.Println(k, err, a+b, s)
	r := strings.NewReplacer("a", "1", "b", "2")
	fmt.Println(r.Replace("abcab"))
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.MaxInt64, math.SmallestNonzeroFloat64)
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	fmt.Println(i8, u8, 1<<62, uint32(1)<<31, -7/2, -7%2, 7>>1, -7>>1)
	c := complex(3, 4)
	fmt.Println(c, real(c), imag(c), cmplx.Abs(c), c*c)
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Printf("%08.3f|%-6s|%6s|%x|%X|%o|%b|%e|%g\n", math.Pi, "ab", "cd", 255, "hi", 8, 5, 123456.789, 1e21)
	fmt.Printf("%5.2f%% %c %U %q %v\n", 12.345, 'G', 'G', 'G', []byte("hi"))
	ps := map[pair]string{{1, 2}: "x"}
	fmt.Println(ps[pair{1, 2}], len(ps))
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Println(bits == math.Float64bits(f), unsafe.Sizeof(f), unsafe.Alignof(f))
	fmt.Println(unsafe.Offsetof(S2{}.B), unsafe.Sizeof(S2{}))
	bs := []byte("hey")
	str := unsafe.String(&bs[0], len(bs))
	fmt.Println(str)
}

// Code generated from slice_aliasing.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"slices"
)

var nilS []int

func main() {
	s := make([]int, 3, 10)
	t := append(s, 4)
	u := append(s, 5)
	fmt.Println(t[3], u[3], len(s), cap(s))
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b[0] = 20
	fmt.Println(a, b, len(b), cap(b))
	b = append(b, 30)
	fmt.Println(a)
	c := a[1:3:3]
	c = append(c, 40)
	fmt.Println(a, c)
	dst := make([]int, 2)
	n := copy(dst, a)
	fmt.Println(n, dst)
	n = copy(a[1:], a)
	fmt.Println(n, a)
	bs := make([]byte, 3)
	fmt.Println(copy(bs, "hello"), string(bs))
	fmt.Println(nilS == nil, len(nilS), append(nilS, 1))
	x := []string{"a", "b", "c", "d"}
	x = slices.Delete(x, 1, 2)
	fmt.Println(x, len(x))
	x = slices.Insert(x, 1, "B", "BB")
	fmt.Println(x)
	fmt.Println(slices.Index(x, "c"), slices.Contains(x, "z"))
}

// Code generated from slice_cap_aliasing.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"slices"
)

var grow []int

var nilS []int

func main() {
	s := make([]int, 3, 5)
	t := append(s, 4)
	u := append(s, 5)
	fmt.Println(s, t, u, len(t), cap(t))
	v := append(t, 6, 7)
	v[0] = 99
	fmt.Println(t[0], v[0], len(v), cap(v) >= 7)
	full := []int{1, 2, 3, 4, 5}
	head := full[:2:2]
	head = append(head, 42)
	fmt.Println(full, head)
	mid := full[1:3]
	mid = append(mid, 42)
	fmt.Println(full, mid, cap(mid))
	caps := []int{}
	last := -1
	for i := 0; i < 20; i++ {
		grow = append(grow, i)
		if cap(grow) != last {
			last = cap(grow)
			caps = append(caps, last)
		}
	}
	fmt.Println(caps)
	src := []int{1, 2, 3, 4, 5}
	n := copy(src[1:], src)
	fmt.Println(n, src)
	dst := make([]int, 2)
	n = copy(dst, []int{7, 8, 9})
	fmt.Println(n, dst)
	bs := make([]byte, 3)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)
	matrix := make([][]int, 2)
	row := []int{0, 0}
	matrix[0] = row
	matrix[1] = row
	matrix[0][0] = 1
	fmt.Println(matrix)
	del := []string{"a", "b", "c", "d", "e"}
	del = append(del[:1], del[2:]...)
	fmt.Println(del, len(del), cap(del))
	ins := []int{1, 2, 4}
	ins = append(ins[:2], append([]int{3}, ins[2:]...)...)
	fmt.Println(ins)
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(empty))
	nilS = append(nilS, empty...)
	fmt.Println(nilS == nil)
	rev := []int{1, 2, 3, 4}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	fmt.Println(rev)
	filtered := rev[:0]
	for _, x := range rev {
		if x%2 == 0 {
			filtered = append(filtered, x)
		}
	}
	fmt.Println(filtered, rev)
	c3 := slices.Clip(rev[:1])
	fmt.Println(cap(c3), cap(slices.Grow(c3, 10)) >= 11)
}

// Code generated from bounds_recover_loops.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/bounds_recover_loops.gos/_.go:1:1
func safe(xs []int, idx []int) (s int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	for _, i := range idx {
		s += xs[i]
	}
	return s, nil
}

func safe2(m [][]int, n int) (err error) {
	defer func() { err = fmt.Errorf("%v", recover()) }()
	for i := 0; i < n; i++ {
		for j := range n {
			m[i][j] = i
		}
	}
	return nil
}

func main() {
	fmt.Println(safe([]int{1, 2, 3}, []int{0, 2, 5}))
	fmt.Println(safe2([][]int{{1, 2}, {3}}, 2))
	s := "héllo"
	func() {
		defer func() { fmt.Println(recover()) }()
		for i := 0; i < 10; i++ {
			_ = s[i : i+2]
		}
	}()
}

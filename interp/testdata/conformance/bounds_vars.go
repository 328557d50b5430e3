// Code generated from bounds_vars.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"runtime"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Println(name, "no panic")
			return
		}
		_, isRT := r.(runtime.Error)
		fmt.Println(name, r, isRT)
	}()
	f()
}

var sink any

type grid struct {
	cells [][]int
	n     int
}

func (g *grid) at(i, j int) int {
	row := g.cells[i]
	return row[j]
}

func window(s []int, lo, hi int) []int {
	w := s[lo:hi]
	return w
}

// In a loop the statement is not checked (a check would cost as much as
// the statement): the panic is still a runtime.Error.
func sumTo(s []int, n int) (sum int, err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(runtime.Error)
			if ok && strings.HasPrefix(e.Error(), "runtime error: index out of range") {
				err = fmt.Errorf("index out of range")
			} else {
				err = fmt.Errorf("unexpected %v", r)
			}
		}
	}()
	for i := 0; i <= n; i++ {
		sum += s[i]
	}
	return sum, nil
}

func crash(s []int, i int) int {
	v := s[i]
	return v
}

func main() {
	s := make([]int, 3, 5)
	a := [3]int{}
	str := "abc"
	lo, hi, mx, neg, big := 4, 6, 2, -1, 9
	try("s[lo:]", func() { sink = s[lo:] })
	try("s[:hi]", func() { sink = s[:hi] })
	try("s[lo:mx]", func() { sink = s[lo:mx] })
	try("s[neg:]", func() { sink = s[neg:] })
	try("s[:neg]", func() { sink = s[:neg] })
	try("a[:hi]", func() { sink = a[:hi] })
	try("a[lo:]", func() { sink = a[lo:] })
	try("str[:hi]", func() { sink = str[:hi] })
	try("str[lo:]", func() { sink = str[lo:] })
	try("s[1:2:big]", func() { sink = s[1:2:big] })
	try("s[1:hi:4]", func() { sink = s[1:hi:4] })
	try("s[lo:3:3]", func() { sink = s[lo:3:3] })
	try("a[1:2:big]", func() { sink = a[1:2:big] })
	try("a[neg]", func() { sink = a[neg] })
	try("s[big]", func() { s[big] = 1 })
	try("s[big]++", func() { s[big]++ })
	try("str[hi]", func() { fmt.Println(str[hi]) })
	try("p[hi]", func() { p := &a; fmt.Println(p[hi]) })
	try("p[:hi]", func() { p := &a; sink = p[:hi] })
	try("s[lo-1]", func() { sink = s[lo-1] })
	try("s[len(s)]", func() { sink = s[len(s)] })
	try("window", func() { sink = window(s, 2, 7) })
	g := &grid{cells: [][]int{{1, 2}, {3}}, n: 2}
	try("g.at(1, 1)", func() { sink = g.at(1, 1) })
	try("g.at(2, 0)", func() { sink = g.at(2, 0) })
	try("uint8 index", func() { var k uint8 = 200; sink = s[k] })
	try("in range", func() { fmt.Println(s[mx], str[mx:], a[:mx], g.at(0, 1)) })
	try("guarded", func() {
		i := 7
		ok := i < len(s) && s[i] > 0
		fmt.Println("guarded ok", ok)
	})
	try("if", func() {
		if s[big] > 0 {
			fmt.Println("no")
		}
	})
	fmt.Println(sumTo([]int{1, 2, 3}, 2))
	fmt.Println(sumTo([]int{1, 2, 3}, 3))
	i := 5
	try("crash", func() { crash(s, i) })
}

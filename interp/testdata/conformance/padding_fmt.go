// Code generated from padding_fmt.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/padding_fmt.gos/_.go:1:1
type row struct {
	name  string
	score float64
	n     int
}

var ip *int

type pt struct{ X, Y int }

func main() {
	rows := []row{{"alice", 93.456, 3}, {"bob", 7.1, 12}, {"christina", 100, -4}}
	for _, r := range rows {
		fmt.Printf("%-10s|%6.2f|%04d|%+d|%x|%8.3s|\n", r.name, r.score, r.n, r.n, r.n, r.name)
	}
	fmt.Printf("[%*d] [%-*d] [%.*f]\n", 5, 42, 5, 42, 2, 3.14159)
	fmt.Printf("%q %v %08.3f %e %G\n", "tab\there", []string{"a", "b"}, -3.5, 123456.789, 1e-7)
	fmt.Printf("%t %c %U %#x %#o %b\n", true, 'é', 'é', 255, 8, 5)
	fmt.Printf("%5t|%-5v|%3c|\n", false, nil, 'x')
	fmt.Printf("%v %d\n", [3]bool{true}, []int8{-1, 2})
	fmt.Printf("%x % x %X\n", "hi", []byte("go"), "Zz")
	fmt.Printf("%6.1f%%\n", 45.25)
	fmt.Printf("%!d %d\n", 1)
	fmt.Printf("%d %s\n", "str", 5)
	s := fmt.Sprintf("%[2]d %[1]d %d", 10, 20)
	fmt.Println(s)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
	fmt.Printf("%v %p\n", ip, nil)
	p := &pt{1, 2}
	fmt.Printf("%v %+v %#v\n", p, *p, *p)
	fmt.Printf("%v %#v\n", map[string]int{"b": 2, "a": 1}, []string{"q"})
	fmt.Printf("%8.2e|%-12g|%12s|\n", 1234.5678, 0.000012, "right")
}

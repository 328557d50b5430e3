// Code generated from bit_flags.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
)

//line testdata/conformance/bit_flags.gos/_.go:1:1
type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) Has(bit int) bool { return p&(1<<bit) != 0 }

func (p Perm) String() string {
	var b strings.Builder
	for i, c := range "rwx" {
		if p.Has(i) {
			b.WriteRune(c)
		} else {
			b.WriteByte('-')
		}
	}
	return b.String()
}

type Mask uint64

func setBits(n int) Mask {
	var m Mask
	for i := 0; i < n; i++ {
		m |= 1 << i
	}
	return m
}

func main() {
	p := Read | Exec
	fmt.Println(p, p.Has(0), p.Has(1), uint8(p))
	fmt.Printf("%v %s %q %x %X %d\n", p, p, p, p, Write, p)
	fmt.Println(setBits(3), setBits(64) == ^Mask(0))
	var u16 uint16 = 1
	k := 15
	fmt.Println(u16<<k, u16<<k<<1, int8(-128)>>k)
}

// Code generated from iota_consts_wrap.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math"
)

//line testdata/conformance/iota_consts_wrap.gos/_.go:1:1
const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota * 10
	Saturday
)

const (
	A, B = iota, iota * 2
	C, D
	E, F
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

const big = 1 << 100

const huge = big >> 98

const typed int64 = 1<<62 + (1<<62 - 1)

const third = 1.0 / 3

const s = "const" + "ant"

const l = len(s)

var arr [l]byte

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(Read, Write, Exec, All, All&^Write, Perm(0)|Exec)
	fmt.Println(huge, typed, third, big/big)
	fmt.Printf("%T %T %T\n", KB, third, Saturday)
	var u uint8 = 250
	for i := 0; i < 3; i++ {
		u += 3
		fmt.Print(u, " ")
	}
	fmt.Println()
	var ui uint = 0
	ui--
	fmt.Println(ui == math.MaxUint, uint32(ui))
	var i8 int8 = 127
	i8++
	fmt.Println(i8, -i8, i8-1)
	var i32 int32 = math.MaxInt32
	i32 += 1
	fmt.Println(i32)
	x := 1
	for range 70 {
		x *= 2
	}
	fmt.Println(x)
	var ux uint16 = 1
	fmt.Println(ux<<15, ux<<16, uint16(0xFFFF)+ux)
	neg := -5
	fmt.Println(uint8(neg), uint32(neg), int8(200+neg))
	fmt.Println(len("héllo"), len([3]int{}), cap([5]int{}))
	fmt.Println(s, l, len(arr), 'a'+1, string(rune('a'+1)))
	fmt.Println(7.0/2, 7/2, 7/2.0, 1<<3|1, 6&^5, -7>>1, ^0)
}

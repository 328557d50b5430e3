// Code generated from iota_stringer_fmt.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strconv"
	"strings"
)

//line testdata/conformance/iota_stringer_fmt.gos/_.go:1:1
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string {
	switch d {
	case Sunday:
		return "Sun"
	case Monday:
		return "Mon"
	case Tuesday:
		return "Tue"
	}
	return "Weekday(" + strconv.Itoa(int(d)) + ")"
}

type Size uint8

const (
	_       = iota
	KB Size = 1 << (iota * 2)
	MB
	GB
)

type Flags uint

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
)

func (f Flags) String() string {
	var parts []string
	for i, n := range []string{"A", "B", "C"} {
		if f&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, "|")
}

type Event struct {
	Day  Weekday
	Name string
}

func main() {
	fmt.Println(Sunday, Tuesday, Weekday(9))
	fmt.Printf("%v %s %d %q\n", Monday, Monday, Monday, Monday)
	fmt.Println(KB, MB, GB)
	fmt.Println(FlagA|FlagC, FlagB)
	fmt.Printf("%v|%x\n", FlagA|FlagB, FlagA|FlagB)
	e := Event{Tuesday, "meet"}
	fmt.Printf("%v %+v\n", e, e)
	days := []Weekday{Monday, Sunday}
	fmt.Println(days)
	m := map[Weekday]int{Tuesday: 2, Sunday: 0}
	fmt.Println(m)
	fmt.Println(fmt.Sprint(Monday) + "!")
}

// Code generated from stringer_direct.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
)

//line testdata/conformance/stringer_direct.gos/_.go:1:1
type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Money struct {
	Cents int64
	Cur   string
}

func (m Money) String() string { return fmt.Sprintf("%d.%02d %s", m.Cents/100, m.Cents%100, m.Cur) }

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x\n", Green, Green, Green, Green, Green)
	fmt.Println(Temp(21.55), Money{12345, "EUR"})
	fmt.Printf("%v|%s|%+v\n", Money{5, "USD"}, Money{100, "GBP"}, Money{1, "X"})
	s := fmt.Sprint(Blue, " and ", Red)
	fmt.Println(s, len(s))
	var st fmt.Stringer = Temp(-3)
	fmt.Println(st, st.String())
	var err error = &NotFound{"k1"}
	fmt.Println(err)
	fmt.Printf("%v %s\n", err, err)
	wrapped := fmt.Errorf("lookup: %w", err)
	fmt.Println(wrapped)
	c := Blue
	c++
	fmt.Println(c, c+1, c-3)
	fmt.Println(strings.Repeat(Red.String(), 2), Green.String() == "Green")
	label := fmt.Sprintf("[%8s] [%-8v]", Red, Blue)
	fmt.Println(label)
}

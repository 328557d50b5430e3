// Code generated from compiled_fmt_methods.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"log"
	"os"
	"strings"
	"time"
)

// Session types with printing methods (String, GoString, Format, Error),
// and methods merely named like them, printed by fmt and *log.Logger.
//
//line testdata/conformance/compiled_fmt_methods.gos/_.go:1:1
type P struct{ X, Y int }

func (p P) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type G struct{ N int }

func (g G) GoString() string { return fmt.Sprintf("G<%d>", g.N) }

type F struct{ V float64 }

func (f F) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "F[%c %v %v %v %v %v %v]", verb, w, wok, p, pok, s.Flag('+'), s.Flag('#'))
}

type PP struct{ X int }

func (p *PP) String() string { return fmt.Sprintf("PP%d", p.X) }

type D struct{ Y int }

func (d D) Format(layout string) string { return "D" + layout }

type S struct{ Y int }

func (s S) String(n int) string { return "S" }

type ES struct{ c int }

func (e ES) Error() string { return "err" }

func (e ES) String() string { return "str" }

type TT struct {
	time.Time
	N string
}

func main() {
	fmt.Println(P{1, 2}, &P{3, 4})
	fmt.Printf("%v %s %d %+v %#v\n", P{1, 2}, P{1, 2}, P{1, 2}, P{1, 2}, P{1, 2})
	fmt.Printf("%v %#v\n", G{1}, G{2})
	fmt.Printf("%#v\n", []G{{3}})
	fmt.Printf("%v|%+8.3x|%#q\n", F{1}, F{2}, F{3})
	fmt.Println([]F{{1}})
	fmt.Println(&PP{5}, PP{6})
	fmt.Println([]*PP{{7}})
	fmt.Println(map[P]string{{1, 1}: "a"})
	fmt.Println(struct{ A P }{P{9, 9}})
	fmt.Println([2]P{{1, 0}, {0, 1}})
	fmt.Println(strings.Repeat(fmt.Sprint(P{0, 0}), 2))
	st := fmt.Stringer(P{5, 5})
	fmt.Println(st, []fmt.Stringer{st, &PP{8}})
	fmt.Printf("%10s|%-10v|\n", P{1, 1}, P{2, 2})
	fmt.Println(fmt.Sprintf("%x", P{10, 11}))
	var ch = make(chan fmt.Stringer, 2)
	ch <- P{1, 9}
	fmt.Println(<-ch)
	l := log.New(os.Stdout, "", 0)
	l.Println(P{4, 4}, []P{{5, 5}})
	l.Printf("%v %v", F{1}, G{1})
	fmt.Println(D{1}, &D{2}, S{3}, D{4}.Format("x"))
	fmt.Printf("%v %+v %s\n", D{1}, S{2}, D{3})
	fmt.Println(ES{1}, &ES{2})
	fmt.Printf("%v %s\n", ES{1}, ES{2})
	tt := TT{time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC), "x"}
	fmt.Println(tt, &tt)
	fmt.Printf("%v|%s\n", tt, tt)
	fmt.Println([]D{{5}}, []TT{tt})
	l.Println(D{1}, ES{2}, tt)
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println(D{1}, ES{2}, tt, P{7, 7})
}

// Code generated from fmt_ptr_stringer.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

// Printing methods declared on pointer receivers only: a value's method
// set lacks them, so fmt prints the value's fields, and a pointer's String.
//
//line testdata/conformance/fmt_ptr_stringer.gos/_.go:1:1
type Q struct{ items []string }

func (q *Q) String() string { return "Q" + fmt.Sprint(len(q.items)) }

type V struct{ n int }

func (v V) String() string { return fmt.Sprintf("V<%d>", v.n) }

type C int

func (c *C) String() string { return "C!" }

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

type W struct {
	q  Q
	Qs []Q
}

// Embedded: Outer's method set lacks String (only *Outer promotes it);
// PQ embeds *Q, so PQ has it.
type Outer struct {
	Q
	n int
}

type PQ struct{ *Q }

type L []int

func (l *L) String() string { return "L!" }

func main() {
	q := &Q{items: []string{"a"}}
	fmt.Println(*q)
	fmt.Println(q)
	qv := Q{[]string{"b", "c"}}
	fmt.Println(qv)
	fmt.Println(&qv)
	fmt.Println([]Q{qv}, []*Q{&qv})
	fmt.Printf("%v %s %+v %d\n", qv, qv, qv, qv)
	fmt.Printf("%v %s\n", &qv, &qv)
	s := fmt.Sprint(qv, " ", &qv)
	fmt.Println(s)
	fmt.Print(qv, "\n")
	fmt.Println(fmt.Sprintf("%v", qv), fmt.Sprintln(qv), fmt.Sprint(&qv))
	a := any(qv)
	fmt.Println(a)
	a = &qv
	fmt.Println(a)
	_, ok := any(qv).(fmt.Stringer)
	_, ok2 := any(&qv).(fmt.Stringer)
	p := &qv
	_, ok3 := any(p).(fmt.Stringer)
	fmt.Println(ok, ok2, ok3)
	fmt.Println(V{3}, &V{4}, []V{{5}}, []*V{{6}})
	fmt.Println(map[string]Q{"k": qv})
	fmt.Println(W{qv, []Q{qv}})
	qs := []Q{qv}
	fmt.Println(qs[0], &qs[0])
	c := C(4)
	fmt.Println(c, &c)
	fmt.Printf("%v %d %s\n", c, c, &c)
	e := E{"x"}
	fmt.Println(e, &e)
	fmt.Printf("%v|%+v|%s\n", e, e, &e)
	err := error(&e)
	fmt.Println(err)
	st := fmt.Stringer(&qv)
	fmt.Println(st)
	o := Outer{Q{[]string{"a"}}, 1}
	fmt.Println(o)
	fmt.Println(&o)
	fmt.Printf("%v %+v\n", o, o)
	fmt.Println(PQ{&Q{[]string{"z", "y"}}})
	ao := any(o)
	fmt.Println(ao, []Outer{o})
	l := L{1, 2}
	fmt.Println(l, &l)
}

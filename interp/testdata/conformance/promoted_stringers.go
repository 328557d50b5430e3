// Code generated from promoted_stringers.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"time"
)

// String and Error methods reached through embedding and fields: fmt
// uses a promoted String, fields with String methods inside structs,
// pointer-receiver Strings that only apply to addressable values, and
// nil values inside structs, slices and maps.
//
//line testdata/conformance/promoted_stringers.gos/_.go:1:1
type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Meta struct {
	Created time.Duration
	Tags    []string
}

func (m Meta) String() string { return fmt.Sprintf("meta(%d tags)", len(m.Tags)) }

type Account struct {
	Meta
	Owner   string
	Balance Money
}

type Ledger struct {
	Name    string
	Entries []Money
	Limit   *Money
	ByOwner map[string]Money
	Notes   []string
	Err     error
}

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", float64(*t)) }

type Reading struct {
	Where string
	T     Temp
	P     *Temp
}

type Plain struct {
	Owner   string
	Balance Money
	Wait    time.Duration
}

var ms []Money

type Wrapper struct {
	Inner fmt.Stringer
}

func main() {
	acc := Account{Meta{90 * time.Second, []string{"vip"}}, "ann", 12345}
	fmt.Println(acc)
	fmt.Printf("%v|%+v|%s\n", acc, acc, acc)
	fmt.Println(acc.Meta, acc.Balance, acc.Created)
	p := Plain{"bob", -505, 1500 * time.Millisecond}
	fmt.Println(p)
	fmt.Printf("%v %+v\n", p, p)
	fmt.Printf("%d %v\n", p.Balance, []Money{1, 250, -99})
	limit := Money(100000)
	l := Ledger{Name: "main", Entries: []Money{100, -2550}, Limit: &limit, ByOwner: map[string]Money{"z": 5, "a": 1000}}
	fmt.Printf("%v\n", l.Entries)
	fmt.Println(l.ByOwner, *l.Limit, l.Notes == nil, l.Err)
	fmt.Printf("%+v\n", Ledger{Name: "empty"})
	t := Temp(21.5)
	r := Reading{"lab", 19.0, &t}
	fmt.Println(t, &t, r.T)
	fmt.Printf("%v %s\n", &t, &r.T)
	fmt.Println([]*Temp{&t})
	ms = append(ms, 5, 10)
	fmt.Println(ms, len(ms))
	accounts := map[Money]string{500: "five", 100: "one"}
	fmt.Println(accounts)
	fmt.Println(Wrapper{Money(42)}, Wrapper{nil})
	fmt.Printf("%v %v\n", []fmt.Stringer{Money(1), acc}, [2]Money{7, 8})
}

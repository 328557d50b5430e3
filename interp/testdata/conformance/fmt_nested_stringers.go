// Code generated from fmt_nested_stringers.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"io"
)

//line testdata/conformance/fmt_nested_stringers.gos/_.go:1:1
type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Line struct {
	Item  string
	Price Money
}

type Status int

const (
	Open Status = iota
	Closed
)

func (s Status) String() string { return [...]string{"open", "closed"}[s] }

type Order struct {
	ID     int
	Lines  []Line
	Status Status
	Notes  map[string]Money
	Parent *Order
}

func main() {
	o := Order{ID: 1, Lines: []Line{{"pen", 150}, {"ink", 1999}}, Status: Closed, Notes: map[string]Money{"tip": 50}}
	fmt.Println(o.Lines, o.Status, o.Notes)
	fmt.Printf("%v\n%+v\n", o.Lines[0], o.Lines[1])
	fmt.Println([]Money{1, 250}, map[Status]int{Open: 2, Closed: 1})
	fmt.Printf("%s %d %v %q\n", Money(12345), Money(5), Status(0), Closed)
	child := &Order{ID: 2, Parent: &o}
	fmt.Println(child.Parent.Status, child.Parent.Lines[1].Price)
	errs := []error{errors.New("a"), fmt.Errorf("b: %w", io.EOF)}
	fmt.Println(errs, len(errs))
	fmt.Printf("%v|%s\n", errs, errs[1])
	nested := map[string]map[string]int{"x": {"b": 2, "a": 1}, "w": {}}
	fmt.Println(nested, len(nested["none"]))
	fmt.Printf("%6s|%-8v|%08.2f\n", Money(1), Status(1), 3.14159)
	total := Money(0)
	for _, l := range o.Lines {
		total += l.Price
	}
	fmt.Println("total:", total, total > 2000)
}

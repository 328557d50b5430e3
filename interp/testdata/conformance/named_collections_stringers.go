// Code generated from named_collections_stringers.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

//line testdata/conformance/named_collections_stringers.gos/_.go:1:1
type Set map[string]struct{}

func (s Set) Add(v string) Set { s[v] = struct{}{}; return s }

func (s Set) String() string {
	keys := slices.Sorted(maps.Keys(s))
	return "{" + strings.Join(keys, ",") + "}"
}

type Path []int

func (p Path) String() string {
	parts := make([]string, len(p))
	for i, v := range p {
		parts[i] = strconv.Itoa(v)
	}
	return strings.Join(parts, "->")
}

func (p Path) Len() int { return len(p) }

type Graph struct {
	Name  string
	Nodes Set
	Best  Path
}

type Grid [2][2]int

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Reading struct {
	Temp Celsius
	At   int
}

func main() {
	s := Set{}
	s.Add("b").Add("a").Add("c")
	fmt.Println(s, len(s))
	fmt.Printf("%v %s %d\n", s, s, len(s))
	p := Path{1, 5, 3}
	fmt.Println(p, p.Len())
	g := Graph{"g", s, p}
	fmt.Println(g)
	fmt.Printf("%+v\n", g)
	paths := []Path{{1}, {2, 3}}
	fmt.Println(paths)
	m := map[string]Path{"x": {9, 8}}
	fmt.Println(m)
	st := fmt.Stringer(p)
	fmt.Println(st, st.String())
	gr := Grid{{1, 2}, {3, 4}}
	fmt.Println(gr, gr[1][0])
	temps := []Celsius{21.5, -3}
	fmt.Println(temps, Celsius(0))
	fmt.Printf("%v %.2f %s\n", temps[0], temps[0], temps[1])
	fmt.Println(Reading{37, 1}, []Reading{{1, 2}})
}

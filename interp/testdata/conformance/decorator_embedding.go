// Code generated from decorator_embedding.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Decorators through embedded interfaces: a struct embedding an
// interface overrides some methods and delegates the rest, stacked
// several deep, with a method set check and type assertions on the
// layers.
//
//line testdata/conformance/decorator_embedding.gos/_.go:1:1
type Store interface {
	Get(key string) (string, bool)
	Set(key, val string)
	Keys() []string
}

type MapStore struct{ m map[string]string }

func NewMapStore() *MapStore { return &MapStore{m: map[string]string{}} }

func (s *MapStore) Get(k string) (string, bool) { v, ok := s.m[k]; return v, ok }

func (s *MapStore) Set(k, v string) { s.m[k] = v }

func (s *MapStore) Keys() []string { return slices.Sorted(maps.Keys(s.m)) }

// CountingStore counts calls and delegates everything.
type CountingStore struct {
	Store
	gets, sets int
}

func (c *CountingStore) Get(k string) (string, bool) { c.gets++; return c.Store.Get(k) }

func (c *CountingStore) Set(k, v string) { c.sets++; c.Store.Set(k, v) }

// UpperStore upper-cases values on Set only.
type UpperStore struct{ Store }

func (u UpperStore) Set(k, v string) { u.Store.Set(k, strings.ToUpper(v)) }

// ReadOnly refuses writes and remembers them.
type ReadOnly struct {
	Store
	refused *[]string
}

func (r ReadOnly) Set(k, v string) { *r.refused = append(*r.refused, k) }

// Prefixed namespaces keys.
type Prefixed struct {
	Store
	prefix string
}

func (p *Prefixed) Get(k string) (string, bool) { return p.Store.Get(p.prefix + k) }

func (p *Prefixed) Set(k, v string) { p.Store.Set(p.prefix+k, v) }

func (p *Prefixed) Keys() []string {
	var out []string
	for _, k := range p.Store.Keys() {
		if rest, ok := strings.CutPrefix(k, p.prefix); ok {
			out = append(out, rest)
		}
	}
	return out
}

var refused []string

func main() {
	base := NewMapStore()
	counting := &CountingStore{Store: base}
	s := Store(&Prefixed{Store: UpperStore{counting}, prefix: "app/"})
	s.Set("name", "gograd")
	s.Set("lang", "go")
	base.Set("other", "x")
	v, ok := s.Get("name")
	fmt.Println(v, ok, s.Keys(), base.Keys())
	_, ok = s.Get("missing")
	fmt.Println(ok, counting.gets, counting.sets)
	ro := ReadOnly{Store: s, refused: &refused}
	ro.Set("name", "changed")
	v, _ = ro.Get("name")
	fmt.Println(v, refused, len(ro.Keys()))
	layers := []string{}
	cur := s
	for cur != nil {
		switch x := cur.(type) {
		case *Prefixed:
			layers = append(layers, "prefixed("+x.prefix+")")
			cur = x.Store
		case UpperStore:
			layers = append(layers, "upper")
			cur = x.Store
		case *CountingStore:
			layers = append(layers, fmt.Sprintf("counting(%d/%d)", x.gets, x.sets))
			cur = x.Store
		case *MapStore:
			layers = append(layers, fmt.Sprintf("map(%d)", len(x.m)))
			cur = nil
		default:
			layers = append(layers, fmt.Sprintf("?%T", x))
			cur = nil
		}
	}
	fmt.Println(strings.Join(layers, " -> "))
	get := counting.Get
	set := UpperStore{base}.Set
	set("k", "lower")
	fmt.Println(get("k"))
	fmt.Println(counting.gets, base.m["k"])
	_, isCounting := Store(counting).(interface{ Keys() []string })
	fmt.Println(isCounting)
}

// Code generated from named_nonstruct_apis.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// Defined non-struct types (a matrix, a func type, a set, string and
// integer IDs, arrays) through compiled APIs: fmt, json, sort, reflect,
// sync.Map, map[any] keys that differ only in their type.
//
//line testdata/conformance/named_nonstruct_apis.gos/_.go:1:1
type Matrix [][]float64

type Mapper func(rune) rune

type Set map[string]struct{}

type ID string

type Level uint8

type Flags []bool

type Pair [2]int

type User struct {
	ID   ID     `json:"id"`
	Lvl  Level  `json:"lvl"`
	Tags Set    `json:"-"`
	M    Matrix `json:"m"`
}

func (s Set) Add(k string) { s[k] = struct{}{} }

var ErrX = errors.New("x")

var u2 User

var sm sync.Map

func main() {
	m := Matrix{{1, 2}, {3, 4}}
	fmt.Println(m, len(m), m[1][0])
	fmt.Printf("%v %T %+v\n", m, m, []any{m, ID("a")})
	up := Mapper(unicode.ToUpper)
	fmt.Println(strings.Map(up, "abc"), up('q') == 'Q')
	s := Set{}
	s.Add("b")
	s.Add("a")
	keys := make([]string, 0)
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, len(s))
	ids := []ID{"z", "b", "m"}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	fmt.Println(ids, strings.ToUpper(string(ids[0])))
	counts := map[ID]int{}
	for _, id := range []ID{"a", "b", "a"} {
		counts[id]++
	}
	fmt.Println(counts)
	u := User{ID: "u1", Lvl: 3, M: m}
	b, _ := json.Marshal(u)
	fmt.Println(string(b))
	fmt.Println(json.Unmarshal(b, &u2), u2.ID, u2.Lvl, u2.M)
	b2, _ := json.Marshal(map[string]any{"id": ID("x"), "lvl": Level(2), "f": Flags{true}, "p": Pair{1, 2}})
	fmt.Println(string(b2))
	fmt.Println(reflect.DeepEqual(Pair{1, 2}, Pair{1, 2}), reflect.TypeOf(ID("")).Kind(), reflect.ValueOf(Level(4)).Uint())
	var anyv any = Pair{1, 2}
	fmt.Println(anyv == any(Pair{1, 2}), anyv == Pair{1, 2}, anyv)
	sm.Store(ID("k"), Level(5))
	v, ok := sm.Load(ID("k"))
	lv, ok2 := v.(Level)
	fmt.Println(ok, lv, ok2)
	levels := []Level{3, 1, 2}
	sort.Slice(levels, func(i, j int) bool { return levels[i] < levels[j] })
	fmt.Println(levels, fmt.Sprint(Level(7)), fmt.Sprintf("%d %v %s", Level(1), ID("q"), ID("r")))
	var e error = fmt.Errorf("wrap: %w", ErrX)
	fmt.Println(errors.Is(e, ErrX))
	mp := map[any]string{ID("a"): "id", "a": "str", Level(1): "lvl", uint8(1): "u8"}
	fmt.Println(mp[ID("a")], mp["a"], mp[Level(1)], mp[uint8(1)], len(mp))
	ch := make(chan ID, 1)
	ch <- "c"
	fmt.Println(<-ch)
	var fl Flags = Flags{true, false}
	fmt.Println(fl, len(fl), Flags(nil) == nil)
	any2 := []any{ID("x"), "x"}
	fmt.Println(any2[0] == any2[1], any2[0] == any(ID("x")))
	fmt.Printf("%q %x %5.1f\n", ID("hi"), Level(255), Matrix{{1.25}}[0][0])
}

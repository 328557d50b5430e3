// Code generated from compiled_json_any.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// MarshalJSON and MarshalText of session types through json, held in
// static types, in interfaces, and in containers of interfaces.
//
//line testdata/conformance/compiled_json_any.gos/_.go:1:1
type Temp float64

func (t Temp) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"%.1fC"`, float64(t))), nil }

func (t *Temp) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"C`)
	f, err := strconv.ParseFloat(s, 64)
	*t = Temp(f)
	return err
}

type Key struct{ A, B int }

func (k Key) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d-%d", k.A, k.B)), nil }

func (k *Key) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%d-%d", &k.A, &k.B)
	return err
}

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte([]string{"low", "high"}[l]), nil }

func (l *Level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "low":
		*l = 0
	case "high":
		*l = 1
	default:
		return fmt.Errorf("bad level %q", b)
	}
	return nil
}

type Reading struct {
	Temps []Temp          `json:"temps"`
	ByDay map[string]Temp `json:"by_day"`
	Lvl   Level           `json:"lvl"`
	Ptr   *Temp           `json:"ptr,omitempty"`
}

var back Reading

var kb map[Key]int

var lb map[Level]string

var buf bytes.Buffer

var r2 Reading

var ls []Level

type Box struct {
	Label string `json:"label"`
	Val   any    `json:"val"`
}

type Money struct{ Cents int }

func (m *Money) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"$%d.%02d"`, m.Cents/100, m.Cents%100)), nil
}

var out bytes.Buffer

type R struct {
	T Temp
	X any
	L []any
	M map[string]any
	p any
}

func main() {
	t := Temp(21.5)
	r := Reading{Temps: []Temp{1, 2.5}, ByDay: map[string]Temp{"mon": 3}, Lvl: 1, Ptr: &t}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Temps, back.ByDay, back.Lvl, *back.Ptr)
	km := map[Key]int{{1, 2}: 3, {0, 1}: 4}
	b, err = json.Marshal(km)
	fmt.Println(string(b), err)
	err = json.Unmarshal(b, &kb)
	fmt.Println(err, len(kb), kb[Key{1, 2}], kb[Key{0, 1}])
	lm := map[Level]string{0: "a", 1: "b"}
	b, _ = json.Marshal(lm)
	fmt.Println(string(b))
	fmt.Println(json.Unmarshal(b, &lb), lb)
	ts := []Temp{4, 5}
	b, _ = json.MarshalIndent(map[string][]Temp{"x": ts}, "", " ")
	fmt.Println(string(b))
	enc := json.NewEncoder(&buf)
	enc.Encode(r)
	enc.Encode([]Level{0, 1})
	fmt.Print(buf.String())
	dec := json.NewDecoder(strings.NewReader(`{"temps":["7.5C"],"lvl":"low"} ["high"]`))
	fmt.Println(dec.Decode(&r2), r2.Temps, r2.Lvl)
	fmt.Println(dec.Decode(&ls), ls)
	var anyv any = Temp(9)
	b, _ = json.Marshal(anyv)
	fmt.Println(string(b))
	b, _ = json.Marshal([]any{Temp(1), Level(1), Key{3, 4}})
	fmt.Println(string(b))
	b, _ = json.Marshal(map[string]any{"t": Temp(2)})
	fmt.Println(string(b))
	fmt.Println(json.Unmarshal([]byte(`"mid"`), new(Level)))
	b, _ = json.Marshal(Box{"t", Temp(3)})
	fmt.Println(string(b))
	b, _ = json.Marshal([]Box{{"k", Key{5, 6}}, {"l", Level(0)}, {"n", nil}})
	fmt.Println(string(b))
	b, _ = json.Marshal(map[string]any{"list": []any{Temp(1), &Money{1234}}, "n": 1})
	fmt.Println(string(b))
	b, _ = json.MarshalIndent([]any{&Money{5}, "s"}, "", "  ")
	fmt.Println(string(b))
	json.NewEncoder(&out).Encode(map[string]any{"m": &Money{99}})
	fmt.Print(out.String())
	var anyBox any = Box{"x", Level(1)}
	b, _ = json.Marshal(anyBox)
	fmt.Println(string(b))
	b, _ = json.Marshal(R{1, Temp(2), []any{Temp(3), Key{1, 1}}, map[string]any{"k": Level(1)}, Temp(4)})
	fmt.Println(string(b))
	b, _ = json.Marshal(&R{X: &Money{100}})
	fmt.Println(string(b))
}

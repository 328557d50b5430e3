// Code generated from json_marshalers.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"encoding/json"
	"fmt"
	"os"
)

//line testdata/conformance/json_marshalers.gos/_.go:1:1
type Temp float64

func (t Temp) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"%.1fC"`, float64(t))), nil }

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte([]string{"low", "high"}[l]), nil }

type Base struct {
	ID int `json:"id"`
}

type Reading struct {
	Base
	T     Temp          `json:"t"`
	Opt   Temp          `json:"opt,omitempty"`
	Name  string        `json:"name"`
	Lvl   Level         `json:"lvl"`
	ByLvl map[Level]int `json:"by_lvl"`
	Hist  []Temp        `json:"hist"`
	Ptr   *Temp         `json:"ptr"`
	skip  Temp
}

func main() {
	t := Temp(3)
	r := Reading{Base{1}, 21.5, 0, "x", 1, map[Level]int{1: 2, 0: 5}, []Temp{1, 2}, &t, 9}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
	b, _ = json.Marshal([]Temp{1.25})
	fmt.Println(string(b))
	b, _ = json.MarshalIndent(map[string]Level{"a": 0}, "", "  ")
	fmt.Println(string(b))
	b, _ = json.Marshal(Temp(7))
	fmt.Println(string(b))
	json.NewEncoder(os.Stdout).Encode(&r)
}

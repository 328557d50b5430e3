// Code generated from json_unmarshalers.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

//line testdata/conformance/json_unmarshalers.gos/_.go:1:1
type Temp float64

func (t Temp) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"%.1fC"`, float64(t))), nil }

func (t *Temp) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("temp: %w", err)
	}
	v, err := strconv.ParseFloat(strings.TrimSuffix(s, "C"), 64)
	if err != nil {
		return err
	}
	*t = Temp(v)
	return nil
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

type Base struct {
	ID int `json:"id"`
}

type Reading struct {
	Base
	T     Temp          `json:"t"`
	Name  string        `json:"name"`
	Lvl   Level         `json:"lvl"`
	ByLvl map[Level]int `json:"by_lvl"`
	Hist  []Temp        `json:"hist"`
	Ptr   *Temp         `json:"ptr"`
	Keep  string        `json:"keep"`
}

var r2 Reading

var t Temp

var lv Level

var ts []Temp

func main() {
	r := Reading{Keep: "kept"}
	err := json.Unmarshal([]byte(`{"id":4,"t":"21.5C","name":"x","lvl":"high","by_lvl":{"high":2,"low":5},"hist":["1.0C","2.5C"],"ptr":"3.0C"}`), &r)
	fmt.Println(err, r.ID, float64(r.T), r.Name, int(r.Lvl), len(r.ByLvl), r.ByLvl[1], r.Hist, *r.Ptr, r.Keep)
	b, _ := json.Marshal(r)
	fmt.Println(json.Unmarshal(b, &r2), r2.T == r.T, r2.Hist, r2.ByLvl[0])
	fmt.Println(json.Unmarshal([]byte(`"7.5C"`), &t), float64(t))
	fmt.Println(json.Unmarshal([]byte(`"xC"`), &t) != nil)
	fmt.Println(json.Unmarshal([]byte(`{"t":`), &r2))
	fmt.Println(json.Unmarshal([]byte(`"mid"`), &lv))
	fmt.Println(json.Unmarshal([]byte(`["1C","2C"]`), &ts), ts)
	dec := json.NewDecoder(strings.NewReader(`{"t":"9.0C"} {"t":"10.0C"}`))
	for {
		var rr Reading
		if err := dec.Decode(&rr); err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Println(float64(rr.T))
	}
}

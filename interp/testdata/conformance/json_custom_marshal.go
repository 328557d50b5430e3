// Code generated from json_custom_marshal.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"encoding/json"
	"fmt"
	"time"
)

//line testdata/conformance/json_custom_marshal.gos/_.go:1:1
type Level int

const (
	Low Level = iota
	Mid
	High
)

var levelNames = []string{"low", "mid", "high"}

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal(levelNames[l])
}

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	for i, n := range levelNames {
		if n == s {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", s)
}

type Task struct {
	Name     string    `json:"name"`
	Priority Level     `json:"priority"`
	Due      time.Time `json:"due"`
	Tags     []string  `json:"tags,omitempty"`
}

var back Task

func main() {
	t := Task{Name: "ship", Priority: High, Due: time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)}
	b, err := json.Marshal(t)
	fmt.Println(string(b), err)
	err = json.Unmarshal([]byte(`{"name":"fix","priority":"mid","due":"2025-01-02T03:04:05Z","tags":["a"]}`), &back)
	fmt.Println(err, back.Name, back.Priority, back.Due.Year(), back.Tags)
	err = json.Unmarshal([]byte(`{"priority":"urgent"}`), &back)
	fmt.Println(err)
	lv := []Level{Low, High}
	b, _ = json.Marshal(lv)
	fmt.Println(string(b))
	m := map[string]Level{"x": Mid}
	b, _ = json.Marshal(m)
	fmt.Println(string(b))
}

// Code generated from json_tags.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"encoding/json"
	"fmt"
)

//line testdata/conformance/json_tags.gos/_.go:1:1
type Address struct {
	City string `json:"city"`
	Zip  string `json:"zip,omitempty"`
}

type Person struct {
	Name    string            `json:"name"`
	Age     int               `json:"age"`
	Email   string            `json:"-"`
	Addr    *Address          `json:"address,omitempty"`
	Tags    []string          `json:"tags"`
	Meta    map[string]string `json:"meta,omitempty"`
	private int
}

var q Person

var anyv map[string]any

var bad Person

var people []Person

func main() {
	p := Person{Name: "Ann", Age: 30, Email: "a@x", Addr: &Address{City: "Oslo"}, Tags: []string{"a"}, private: 1}
	data, err := json.Marshal(p)
	fmt.Println(string(data), err)
	err = json.Unmarshal([]byte(`{"name":"Bob","age":41,"address":{"city":"Rome","zip":"00100"},"tags":null,"meta":{"k":"v"}}`), &q)
	fmt.Println(err, q.Name, q.Age, *q.Addr, q.Tags == nil, q.Meta)
	pretty, _ := json.MarshalIndent(map[string]any{"b": []int{1, 2}, "a": true}, "", "  ")
	fmt.Println(string(pretty))
	json.Unmarshal([]byte(`{"n": 1.5, "s": "x", "l": [1, "two"]}`), &anyv)
	fmt.Println(anyv["n"], anyv["s"], anyv["l"])
	err = json.Unmarshal([]byte(`{"age": "old"}`), &bad)
	fmt.Println(err != nil)
	json.Unmarshal([]byte(`[{"name":"A"},{"name":"B","age":2}]`), &people)
	fmt.Printf("%d %s %d\n", len(people), people[1].Name, people[1].Age)
}

// Code generated from json_roundtrip.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
)

//line testdata/conformance/json_roundtrip.gos/_.go:1:1
type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type User struct {
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Email    string            `json:"email,omitempty"`
	Tags     []string          `json:"tags"`
	Address  *Address          `json:"address,omitempty"`
	Meta     map[string]int    `json:"meta,omitempty"`
	Password string            `json:"-"`
	Score    float64           `json:"score,string"`
	Extra    map[string]string `json:",omitempty"`
}

var back User

var anyv any

var bad User

var ute *json.UnmarshalTypeError

var se *json.SyntaxError

var list []Address

func main() {
	u := User{ID: 1, Name: "Ann", Tags: []string{"a", "b"}, Address: &Address{Street: "Main 1"}, Meta: map[string]int{"z": 26, "a": 1}, Password: "secret", Score: 9.5}
	data, err := json.Marshal(u)
	fmt.Println(string(data), err)
	err = json.Unmarshal(data, &back)
	fmt.Println(err, back.Name, back.Address.Street, back.Meta["z"], back.Password == "", back.Score)
	fmt.Printf("%+v\n", *back.Address)
	empty, _ := json.Marshal(User{})
	fmt.Println(string(empty))
	pretty, _ := json.MarshalIndent(map[string]any{"list": []int{1, 2}, "ok": true, "nil": nil, "n": 1.5}, "", "  ")
	fmt.Println(string(pretty))
	json.Unmarshal([]byte(`{"a":[1,"two",{"three":3}],"b":null,"c":false,"d":2.5e3}`), &anyv)
	m := anyv.(map[string]any)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		switch v := m[k].(type) {
		case []any:
			fmt.Println(k, "array", len(v), v[0].(float64)+1, v[1], v[2].(map[string]any)["three"])
		case nil:
			fmt.Println(k, "null")
		case bool:
			fmt.Println(k, "bool", v)
		case float64:
			fmt.Println(k, "number", v)
		}
	}
	err = json.Unmarshal([]byte(`{"id":"notanumber"}`), &bad)
	fmt.Println(errors.As(err, &ute), ute.Field, ute.Value)
	err = json.Unmarshal([]byte(`{"id":1,`), &bad)
	fmt.Println(err)
	fmt.Println(errors.As(err, &se))
	json.Unmarshal([]byte(`[{"street":"s1","city":"c1"},{"street":"s2"}]`), &list)
	fmt.Printf("%d %+v\n", len(list), list)
	raw := json.RawMessage(`{"x":1}`)
	wrapped, _ := json.Marshal(struct {
		Kind string          `json:"kind"`
		Data json.RawMessage `json:"data"`
	}{"raw", raw})
	fmt.Println(string(wrapped))
}

// Code generated from json_pkg.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"encoding/json"
	"fmt"
)

//line testdata/conformance/json_pkg.gos/_.go:1:1
type Item struct {
	Name  string `json:"name"`
	Price int    `json:"price,omitempty"`
}

var it Item

func main() {
	b, err := json.Marshal(Item{Name: "pen", Price: 3})
	fmt.Println(string(b), err)
	err = json.Unmarshal([]byte(`{"name":"cup"}`), &it)
	fmt.Println(it.Name, it.Price, err)
	m := map[string]any{}
	json.Unmarshal([]byte(`{"a":1,"b":[true,null]}`), &m)
	fmt.Println(m["a"], m["b"])
}

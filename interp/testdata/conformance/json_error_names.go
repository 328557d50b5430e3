// Code generated from json_error_names.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"encoding/json"
	"fmt"
)

// encoding/json names the struct type in its errors (see
// known_failures.txt).
//
//line testdata/conformance/json_error_names.gos/_.go:1:1
type User struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

var u User

func main() {
	err := json.Unmarshal([]byte(`{"id":"x"}`), &u)
	fmt.Println(err)
}

// Code generated from json_embedded.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"strings"
	"text/template"
)

//line testdata/conformance/json_embedded.gos/_.go:1:1
type Base struct {
	ID int `json:"id"`
}

type Meta struct{ Version int }

type User struct {
	Base
	*Meta
	Name string `json:"name"`
}

var back map[string]User

var list []User

var u User

type Inner struct{ X int }

type Outer struct {
	Inner
	Y int
}

func main() {
	users := map[string]User{"a": {Base{1}, &Meta{2}, "ann"}}
	b, err := json.MarshalIndent(users, "", " ")
	fmt.Println(string(b), err)
	fmt.Println(json.Unmarshal(b, &back), back["a"].ID, back["a"].Version, back["a"].Name)
	json.Unmarshal([]byte(`[{"id":3,"Version":4,"name":"x"},{"id":5,"name":"y"}]`), &list)
	fmt.Println(len(list), list[0].ID, list[0].Meta.Version, list[1].ID, list[1].Meta == nil)
	var anyv any = User{Base: Base{9}, Name: "z"}
	b, _ = json.Marshal(anyv)
	fmt.Println(string(b))
	tmpl := template.Must(template.New("t").Parse("{{.Name}} #{{.ID}}\n"))
	tmpl.Execute(os.Stdout, list[0])
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(list[1])
	dec := json.NewDecoder(strings.NewReader(`{"id":11,"name":"dec"}`))
	fmt.Println(dec.Decode(&u), u.ID, u.Name)
	fmt.Printf("%+v\n", Outer{Inner{1}, 2})
	o := Outer{Inner{1}, 2}
	fmt.Println(o.X, reflect.TypeOf(o).NumField())
}

// Code generated from reflect_session_names.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"reflect"
)

// reflect names the session's struct types and their fields as Go does.
//
//line testdata/conformance/reflect_session_names.gos/_.go:1:1
type User struct {
	Name  string `json:"name"`
	email string
}

type Admin struct {
	User
	Level int
}

func main() {
	u := User{"ann", "a@b"}
	t := reflect.TypeOf(u)
	fmt.Println(t, t.Name(), t.String(), t.Kind())
	fmt.Printf("%v %s\n", reflect.TypeOf(&u), reflect.TypeOf([]User{}))
	at := reflect.TypeOf(Admin{})
	for _, f := range reflect.VisibleFields(at) {
		fmt.Println(f.Name, f.Anonymous, f.IsExported(), f.Tag)
	}
	fmt.Println(at.Field(0).Name, at.Field(0).Anonymous, at.NumField())
	v := reflect.ValueOf(u)
	fmt.Println(v.Type().Name(), v.Kind(), v.NumField())
}

// Code generated from reflect_struct_fields.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"reflect"
)

//line testdata/conformance/reflect_struct_fields.gos/_.go:1:1
type User struct {
	Name  string `json:"name" db:"user_name"`
	Age   int    `json:"age"`
	email string
}

func main() {
	u := User{"ann", 30, "a@b"}
	t := reflect.TypeOf(u)
	fmt.Println(t.Name(), t.Kind(), t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Tag.Get("json"), f.Tag.Get("db"), f.IsExported())
	}
	v := reflect.ValueOf(u)
	fmt.Println(v.Field(1).Int(), v.FieldByName("Name").String())
	pv := reflect.ValueOf(&u).Elem()
	pv.Field(1).SetInt(31)
	fmt.Println(u.Age)
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual(u, User{"ann", 31, "a@b"}))
	fmt.Println(reflect.TypeOf(3.5).Kind() == reflect.Float64, reflect.TypeOf([]string{}).Elem())
}

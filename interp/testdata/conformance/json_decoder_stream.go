// Code generated from json_decoder_stream.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

//line testdata/conformance/json_decoder_stream.gos/_.go:1:1
const stream = `{"type":"add","value":3}
{"type":"mul","value":4}
{"type":"add","value":-2}
{"type":"bad"}
`

type Op struct {
	Type  string   `json:"type"`
	Value *float64 `json:"value,omitempty"`
}

var toks []string

var buf bytes.Buffer

var n json.Number

var anyv any

func main() {
	dec := json.NewDecoder(strings.NewReader(stream))
	acc := 0.0
	for i := 0; ; i++ {
		var op Op
		err := dec.Decode(&op)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("decode error:", err)
			break
		}
		if op.Value == nil {
			fmt.Printf("op %d (%s): missing value\n", i, op.Type)
			continue
		}
		switch op.Type {
		case "add":
			acc += *op.Value
		case "mul":
			acc *= *op.Value
		}
		fmt.Printf("op %d: %s %g -> %g\n", i, op.Type, *op.Value, acc)
	}
	d2 := json.NewDecoder(strings.NewReader(`{"a":[1,2,{"b":null}],"c":"x"}`))
	for {
		t, err := d2.Token()
		if err != nil {
			break
		}
		toks = append(toks, fmt.Sprintf("%T:%v", t, t))
	}
	fmt.Println(strings.Join(toks, " "))
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", " ")
	enc.Encode(map[string]any{"z": []int{1}, "a": "<tag>"})
	fmt.Print(buf.String())
	enc2 := json.NewEncoder(&buf)
	enc2.SetEscapeHTML(false)
	buf.Reset()
	enc2.Encode("<tag>&")
	fmt.Print(buf.String())
	dec3 := json.NewDecoder(strings.NewReader(`12345678901234567890`))
	dec3.UseNumber()
	dec3.Decode(&anyv)
	n = anyv.(json.Number)
	fmt.Println(n, n.String())
	fmt.Println(json.Valid([]byte(`{"x":1}`)), json.Valid([]byte(`{x:1}`)))
}

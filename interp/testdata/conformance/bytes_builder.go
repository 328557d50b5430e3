// Code generated from bytes_builder.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bytes"
	"fmt"
	"strings"
)

//line testdata/conformance/bytes_builder.gos/_.go:1:1
var b strings.Builder

func main() {
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "[%d]", i)
	}
	fmt.Println(b.String(), b.Len())
	bs := []byte("abc")
	bs[0] = 'X'
	fmt.Println(string(bs), bytes.ToUpper(bs), bytes.Contains(bs, []byte("bc")))
}

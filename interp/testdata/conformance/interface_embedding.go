// Code generated from interface_embedding.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
)

//line testdata/conformance/interface_embedding.gos/_.go:1:1
type Reader interface{ Read() string }

type Writer interface{ Write(s string) }

type ReadWriter interface {
	Reader
	Writer
}

type buf struct{ data []string }

func (b *buf) Read() string { return strings.Join(b.data, "|") }

func (b *buf) Write(s string) { b.data = append(b.data, s) }

var rw ReadWriter = &buf{}

func main() {
	rw.Write("x")
	rw.Write("y")
	fmt.Println(rw.Read())
}

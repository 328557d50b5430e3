// Code generated from embedding_interface.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

//line testdata/conformance/embedding_interface.gos/_.go:1:1
type Logger interface{ Log(string) string }

type prefix struct{ p string }

func (x prefix) Log(s string) string { return x.p + s }

type Service struct {
	Logger
	name string
}

func main() {
	s := Service{prefix{"> "}, "svc"}
	fmt.Println(s.Log(s.name))
}

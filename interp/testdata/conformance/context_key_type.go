// Code generated from context_key_type.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"context"
	"fmt"
)

// A key of a named string type is not the plain string in a context (see
// known_failures.txt).
//
//line testdata/conformance/context_key_type.gos/_.go:1:1
type ctxKey string

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	fmt.Println(ctx.Value(ctxKey("user")), ctx.Value("user"))
}

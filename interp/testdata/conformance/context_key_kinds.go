// Code generated from context_key_kinds.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"context"
	"fmt"
)

// Keys of context values of the session's types: named strings and ints,
// empty struct types (two of them must not collide), constants of them.
//
//line testdata/conformance/context_key_kinds.gos/_.go:1:1
type userKey struct{}

type traceKey struct{}

type reqID int

type name string

const tenantKey name = "tenant"

func withUser(ctx context.Context, u string) context.Context {
	return context.WithValue(ctx, userKey{}, u)
}

func user(ctx context.Context) (string, bool) {
	u, ok := ctx.Value(userKey{}).(string)
	return u, ok
}

func main() {
	ctx := context.Background()
	ctx = withUser(ctx, "ann")
	ctx = context.WithValue(ctx, traceKey{}, "t-42")
	ctx = context.WithValue(ctx, reqID(7), "seven")
	ctx = context.WithValue(ctx, tenantKey, "acme")
	ctx = context.WithValue(ctx, "tenant", "plain")
	fmt.Println(user(ctx))
	fmt.Println(ctx.Value(traceKey{}), ctx.Value(reqID(7)), ctx.Value(7), ctx.Value(reqID(8)))
	fmt.Println(ctx.Value(tenantKey), ctx.Value(name("tenant")), ctx.Value("tenant"))
	fmt.Println(ctx.Value(struct{}{}))
	fmt.Println(user(context.Background()))
	child, cancel := context.WithCancel(ctx)
	defer cancel()
	fmt.Println(user(child))
	fmt.Println(context.WithValue(context.Background(), reqID(1), 2))
}

// Code generated from context_timeout.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

//line testdata/conformance/context_timeout.gos/_.go:1:1
func work(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

type key string

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	fmt.Println(work(ctx, time.Millisecond))
	err := work(ctx, time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
	vctx := context.WithValue(context.Background(), key("user"), "ann")
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("other")))
	cctx, ccancel := context.WithCancelCause(context.Background())
	ccancel(errors.New("shutdown"))
	<-cctx.Done()
	fmt.Println(cctx.Err(), context.Cause(cctx))
}

// Code generated from context_cancel_workers.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

//line testdata/conformance/context_cancel_workers.gos/_.go:1:1
type ctxKey string

func worker(ctx context.Context, id int, out chan<- string) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		default:
			if i > 1000000 {
				out <- "runaway"
				return
			}
			time.Sleep(time.Millisecond)
		}
	}
}

func slowOp(ctx context.Context) error {
	select {
	case <-time.After(time.Second):
		return nil
	case <-ctx.Done():
		return fmt.Errorf("slowOp: %w", ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan string)
	for id := 1; id <= 2; id++ {
		go worker(ctx, id, out)
	}
	time.Sleep(10 * time.Millisecond)
	cancel()
	msgs := []string{<-out, <-out}
	sort.Strings(msgs)
	fmt.Println(strings.Join(msgs, "\n"))
	cancel()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
	tctx, tcancel := context.WithTimeout(context.Background(), 15*time.Millisecond)
	defer tcancel()
	select {
	case <-tctx.Done():
		fmt.Println("timed out:", tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	case <-time.After(2 * time.Second):
		fmt.Println("should not happen")
	}
	_, hasDeadline := tctx.Deadline()
	_, bgDeadline := context.Background().Deadline()
	fmt.Println(hasDeadline, bgDeadline)
	vctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	vctx = context.WithValue(vctx, ctxKey("role"), "admin")
	fmt.Println(vctx.Value(ctxKey("user")), vctx.Value(ctxKey("role")), vctx.Value(ctxKey("none")))
	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithCancel(parent)
	defer ccancel()
	pcancel()
	<-child.Done()
	fmt.Println("child:", child.Err())
	cctx, ccause := context.WithCancelCause(context.Background())
	ccause(errors.New("custom reason"))
	fmt.Println(cctx.Err(), context.Cause(cctx))
	dctx, dcancel := context.WithDeadline(context.Background(), time.Now().Add(5*time.Millisecond))
	defer dcancel()
	err := slowOp(dctx)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
	fmt.Println(context.Background(), context.TODO())
}

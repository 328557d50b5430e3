// Code generated from compiled_error_roundtrip.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// Receives returned directly (return <-ch) included.
// Session error values through compiled code that stores them (context
// causes, channels, sync.Map, %w) and back: assertions, ==, errors.Is/As.
//
//line testdata/conformance/compiled_error_roundtrip.gos/_.go:1:1
type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

type PErr struct{ msg string }

func (e *PErr) Error() string { return e.msg }

var me MyErr

var sm sync.Map

func recvTwo(ce chan error) (error, error) { return <-ce, <-ce }

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(MyErr{3})
	c := context.Cause(ctx)
	fmt.Println(c, ctx.Err())
	if me, ok := c.(MyErr); ok {
		fmt.Println("cause code", me.Code)
	}
	fmt.Println(errors.As(c, &me), me.Code, errors.Is(c, MyErr{3}), c == MyErr{3})
	pe := &PErr{"p"}
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(pe)
	c2 := context.Cause(ctx2)
	fmt.Println(c2 == pe, errors.Is(c2, pe), c2)
	w := fmt.Errorf("outer: %w", pe)
	u := errors.Unwrap(w)
	fmt.Println(u == pe, u)
	e := error(pe)
	fmt.Println(e == u)
	ch := make(chan error, 2)
	ch <- MyErr{4}
	ch <- pe
	e1, e2 := <-ch, <-ch
	fmt.Println(e1, e2, e2 == pe)
	if x, ok := e1.(MyErr); ok {
		fmt.Println(x.Code)
	}
	errs := []error{MyErr{5}, pe}
	for _, er := range errs {
		switch v := er.(type) {
		case MyErr:
			fmt.Println("MyErr", v.Code)
		case *PErr:
			fmt.Println("PErr", v.msg)
		}
	}
	sm.Store("e", error(MyErr{6}))
	v, _ := sm.Load("e")
	fmt.Println(v, v.(error).Error())
	if x, ok := v.(MyErr); ok {
		fmt.Println("from map", x.Code)
	}
	w4 := fmt.Errorf("w: %w", MyErr{4})
	fmt.Println(errors.Is(w4, MyErr{4}), errors.Is(w4, MyErr{5}), w4 != MyErr{4}, errors.Unwrap(w4) == MyErr{4})
	ch <- MyErr{7}
	ch <- pe
	fmt.Println(recvTwo(ch))
}

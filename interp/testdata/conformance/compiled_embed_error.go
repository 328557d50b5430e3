// Code generated from compiled_embed_error.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Session structs embedding the error interface (and io.Reader/io.Writer)
// through fmt, errors and io.
//
//line testdata/conformance/compiled_embed_error.gos/_.go:1:1
type withCtx struct {
	error
	ctx string
}

func (w withCtx) Unwrap() error { return w.error }

type coded struct {
	error
	Code int
}

var ErrBase = errors.New("base failure")

var ce *coded

type rw struct {
	io.Reader
	io.Writer
}

var buf bytes.Buffer

func main() {
	w := withCtx{ErrBase, "loading"}
	fmt.Println(w, w.Error(), w.ctx)
	e := error(w)
	fmt.Println(e)
	fmt.Println(errors.Is(e, ErrBase), errors.Unwrap(e) == ErrBase)
	c := &coded{fmt.Errorf("wrapped: %w", ErrBase), 42}
	fmt.Println(c, c.Code)
	fmt.Println(errors.As(fmt.Errorf("top: %w", c), &ce), ce.Code)
	fmt.Println(errors.Is(c, ErrBase))
	errs := []error{w, c}
	fmt.Println(errs)
	fmt.Printf("%v | %s | %q\n", w, c, w)
	j := errors.Join(w, c)
	fmt.Println(j)
	x := rw{strings.NewReader("in"), &buf}
	io.Copy(x, x)
	fmt.Println(buf.String())
	rwi := io.ReadWriter(x)
	fmt.Fprint(rwi, "+")
	fmt.Println(buf.String())
}

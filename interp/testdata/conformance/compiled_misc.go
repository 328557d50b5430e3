// Code generated from compiled_misc.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"
)

// Session types embedding compiled interfaces (io.Writer, context.Context),
// Stringers in interface-typed fields and containers, pointer errors.
//
//line testdata/conformance/compiled_misc.gos/_.go:1:1
type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.Writer.Write(p)
}

type upperW struct{ w io.Writer }

func (u upperW) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func (u upperW) WriteString(s string) (int, error) {
	return u.w.Write([]byte("[ws]" + strings.ToUpper(s)))
}

type ctxWithTrace struct {
	context.Context
	trace string
}

func (c ctxWithTrace) Value(k any) any {
	if k == "trace" {
		return c.trace
	}
	return c.Context.Value(k)
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Pair struct {
	K string
	V fmt.Stringer
}

var sb strings.Builder

var sb2 strings.Builder

type E struct{ Code int }

func (e *E) Error() string { return fmt.Sprintf("E%d", e.Code) }

func find(code int) error {
	if code == 0 {
		return nil
	}
	return &E{code}
}

var pe *E

var ee *E

func main() {
	cw := &countingWriter{Writer: &sb}
	fmt.Fprintf(cw, "hello %d", 42)
	io.WriteString(cw, "!")
	fmt.Println(sb.String(), cw.n)
	u := upperW{&sb2}
	fmt.Fprint(u, "def")
	fmt.Println(sb2.String())
	ctx := ctxWithTrace{context.Background(), "t-1"}
	cctx, cancel := context.WithCancel(ctx)
	fmt.Println(cctx.Value("trace"), cctx.Err())
	cancel()
	<-cctx.Done()
	fmt.Println(cctx.Err(), context.Cause(cctx))
	tctx, cancel2 := context.WithTimeout(ctx, time.Millisecond)
	<-tctx.Done()
	fmt.Println(tctx.Err(), tctx.Value("trace"))
	cancel2()
	ms := map[string]fmt.Stringer{"a": Celsius(1), "b": Celsius(2.5)}
	fmt.Println(ms)
	fmt.Println(Pair{"x", Celsius(3)})
	fmt.Printf("%v %+v\n", []Pair{{"y", Celsius(4)}}, Pair{"z", Celsius(5)})
	var st fmt.Stringer = Celsius(6)
	fmt.Println(st, []any{st, Celsius(7)})
	fmt.Println(strings.Join([]string{Celsius(8).String(), fmt.Sprint(Celsius(9))}, ","))
	fmt.Printf("%s|%v|%.2f|%6.1f\n", Celsius(1), Celsius(2), Celsius(3), Celsius(4))
	errs := []error{fmt.Errorf("a"), nil}
	fmt.Println(errs)
	e := find(3)
	w := fmt.Errorf("ctx: %w", e)
	fmt.Println(errors.As(w, &pe), pe.Code, w)
	fmt.Println(find(0) == nil, errors.Is(w, e))
	j := errors.Join(find(1), find(0), find(2))
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.As(j, &ee), ee)
	slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == "time" {
			return slog.Attr{}
		}
		return a
	}})).Info("temp", "err", e)
}

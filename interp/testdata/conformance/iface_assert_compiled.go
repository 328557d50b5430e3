// Code generated from iface_assert_compiled.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

//line testdata/conformance/iface_assert_compiled.gos/_.go:1:1
type P struct{ X, Y int }

func (p *P) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type V struct{ N int }

func (v V) String() string { return fmt.Sprintf("V%d", v.N) }

type E struct{ Code int }

func (e *E) Error() string { return fmt.Sprint("E", e.Code) }

type R struct{ data string }

func (r *R) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func str(v any) string {
	if s, ok := v.(fmt.Stringer); ok {
		return s.String()
	}
	return "none"
}

func describe(v any) string {
	switch x := v.(type) {
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case io.Reader:
		b, _ := io.ReadAll(x)
		return "reader " + string(b)
	}
	return "other"
}

var z any = &P{1, 2}

func main() {
	if s, ok := z.(fmt.Stringer); ok {
		fmt.Println("1", s.String(), s)
	}
	var w any = V{3}
	s := w.(fmt.Stringer)
	fmt.Println("2", s.String(), s)
	var e any = &E{4}
	if err, ok := e.(error); ok {
		fmt.Println("3", err.Error(), err)
	}
	fmt.Println("4", str(&P{5, 6}), str(V{7}), str(8), str(time.Second))
	for _, v := range []any{&E{9}, V{10}, &P{11, 12}, &R{"abc"}, strings.NewReader("xyz"), 13, errors.New("plain")} {
		fmt.Println(describe(v))
	}
	var r io.Reader = &R{"hello"}
	if rr, ok := r.(io.Reader); ok {
		b, _ := io.ReadAll(rr)
		fmt.Println(string(b))
	}
	var _, isStringer = e.(fmt.Stringer)
	fmt.Println(isStringer)
}

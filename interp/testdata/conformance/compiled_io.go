// Code generated from compiled_io.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// Session types implementing io.Reader and io.Writer handed to compiled
// consumers: io.Copy, bufio, fmt.Fprintf, tabwriter, io.MultiWriter & co.
//
//line testdata/conformance/compiled_io.gos/_.go:1:1
type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	for i := 0; i < n; i++ {
		if p[i] >= 'a' && p[i] <= 'z' {
			p[i] -= 32
		}
	}
	return n, err
}

type counter struct{ n, calls int }

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.calls++
	return len(p), nil
}

type rot struct{ buf []byte }

func (r *rot) Write(p []byte) (int, error) {
	r.buf = append(r.buf, p...)
	return len(p), nil
}

func (r *rot) String() string { return string(r.buf) }

var c counter

func main() {
	n, err := io.Copy(&c, upper{strings.NewReader("hello world")})
	fmt.Println(n, err, c.n)
	sc := bufio.NewScanner(upper{strings.NewReader("a b\nc d\ne")})
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	br := bufio.NewReader(upper{strings.NewReader("line1\nline2\n")})
	l, _ := br.ReadString('\n')
	fmt.Printf("%q\n", l)
	r := &rot{}
	fmt.Fprintf(r, "x=%d y=%s\n", 3, "z")
	fmt.Print(r.String())
	fmt.Println(r)
	w := bufio.NewWriter(r)
	fmt.Fprint(w, "buffered")
	w.Flush()
	fmt.Println(r.String())
	tw := tabwriter.NewWriter(r, 0, 8, 1, ' ', 0)
	fmt.Fprintln(tw, "a\tbb\tccc")
	fmt.Fprintln(tw, "aaaa\tb\tc")
	tw.Flush()
	fmt.Print(r.String())
	r2 := &rot{}
	mw := io.MultiWriter(r2, &c)
	io.WriteString(mw, "multi")
	fmt.Println(r2, c.n, c.calls)
	tr := io.TeeReader(upper{strings.NewReader("tee")}, r2)
	b, _ := io.ReadAll(tr)
	fmt.Println(string(b), r2)
	lr := io.LimitReader(upper{strings.NewReader("limited reader")}, 4)
	b, _ = io.ReadAll(lr)
	fmt.Println(string(b))
	wr := io.Writer(r2)
	if s, ok := wr.(fmt.Stringer); ok {
		fmt.Println("stringer", s.String())
	}
	if _, ok := wr.(io.StringWriter); ok {
		fmt.Println("stringwriter?")
	}
	rd := io.Reader(upper{strings.NewReader("q")})
	_, isWT := rd.(io.WriterTo)
	fmt.Println(isWT)
	enc := json.NewEncoder(r2)
	enc.Encode(map[string]int{"a": 1})
	fmt.Print(r2)
	data, _ := io.ReadAll(io.MultiReader(upper{strings.NewReader("ab")}, strings.NewReader("cd")))
	fmt.Println(string(data))
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 4)
	b, _ = io.ReadAll(upper{sr})
	fmt.Println(string(b))
	gw := gzip.NewWriter(r2)
	gw.Write([]byte("zip"))
	gw.Close()
	fmt.Println(len(r2.buf) > 10)
}

// Code generated from compiled_embed_override.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"
)

// Session structs embedding compiled types and overriding their methods
// (Write, String) handed to compiled consumers.
//
//line testdata/conformance/compiled_embed_override.gos/_.go:1:1
type Loud struct{ *bytes.Buffer }

func (l Loud) Write(p []byte) (int, error) { return l.Buffer.Write(bytes.ToUpper(p)) }

type Stamp struct{ time.Time }

func (s Stamp) String() string { return s.Format("2006-01-02") }

type Quiet struct{ bytes.Buffer }

func (q *Quiet) Write(p []byte) (int, error) { return q.Buffer.Write(bytes.ToLower(p)) }

func (q *Quiet) String() string { return "quiet:" + q.Buffer.String() }

var q Quiet

type Tagged struct {
	bytes.Buffer
	reads int
}

func (t *Tagged) Read(p []byte) (int, error) { t.reads++; return t.Buffer.Read(p) }

var dst bytes.Buffer

func main() {
	l := Loud{&bytes.Buffer{}}
	fmt.Fprintf(l, "hello %s", "world")
	io.WriteString(l, " more")
	fmt.Println(l.String())
	s := Stamp{time.Date(2021, 3, 4, 5, 6, 7, 0, time.UTC)}
	fmt.Println(s, []Stamp{s}, &s)
	fmt.Printf("%v %s\n", s, s)
	fmt.Fprint(&q, "ABC")
	fmt.Println(q.String(), &q)
	w := io.Writer(&q)
	fmt.Fprint(w, "DEF")
	fmt.Println(q.Buffer.String())
	src := &Tagged{}
	src.WriteString("copy me")
	n, err := io.Copy(&dst, src)
	fmt.Println(n, err, dst.String(), src.reads)
	sink := &Tagged{}
	n, err = io.Copy(sink, strings.NewReader("into sink"))
	fmt.Println(n, err, sink.String())
	n2, _ := io.WriteString(sink, "!")
	fmt.Println(n2, sink.String())
}

// Code generated from writers_flush.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

// Writers: strings.Builder, bytes.Buffer, bufio.Writer (flush, buffered
// sizes), io.MultiWriter, a custom io.Writer type counting bytes, and
// fmt.Fprint into each of them.
//
//line testdata/conformance/writers_flush.gos/_.go:1:1
type CountingWriter struct {
	W     io.Writer
	N     int64
	Calls int
}

func (c *CountingWriter) Write(p []byte) (int, error) {
	n, err := c.W.Write(p)
	c.N += int64(n)
	c.Calls++
	return n, err
}

type UpperWriter struct{ w io.Writer }

func (u UpperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type limited struct {
	buf []byte
	max int
}

var ErrFull = errors.New("writer full")

func (l *limited) Write(p []byte) (int, error) {
	room := l.max - len(l.buf)
	if len(p) > room {
		l.buf = append(l.buf, p[:room]...)
		return room, ErrFull
	}
	l.buf = append(l.buf, p...)
	return len(p), nil
}

var sb strings.Builder

var buf bytes.Buffer

var a, c strings.Builder

var dst bytes.Buffer

func main() {
	sb.Grow(64)
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("liftoff")
	sb.WriteRune('🚀')
	sb.WriteByte('!')
	fmt.Println(sb.String(), sb.Len(), utf8.RuneCountInString(sb.String()))
	cw := &CountingWriter{W: &buf}
	bw := bufio.NewWriterSize(cw, 16)
	fmt.Fprint(bw, "hello ")
	fmt.Println("buffered:", bw.Buffered(), "available:", bw.Available(), "underlying:", cw.N, cw.Calls)
	fmt.Fprint(bw, "world, this is longer than sixteen bytes")
	fmt.Println("buffered:", bw.Buffered(), "underlying:", cw.N, cw.Calls)
	bw.WriteString("tail")
	if err := bw.Flush(); err != nil {
		fmt.Println("flush:", err)
	}
	fmt.Println("after flush:", bw.Buffered(), cw.N, cw.Calls)
	fmt.Printf("%q\n", buf.String())
	line, err := buf.ReadString(',')
	fmt.Printf("%q %v rest=%d\n", line, err, buf.Len())
	next := buf.Next(5)
	fmt.Printf("%q %q\n", next, buf.Bytes()[:4])
	buf.Reset()
	buf.WriteString("abc")
	b, _ := buf.ReadByte()
	buf.UnreadByte()
	fmt.Println(string(b), buf.String(), buf.Cap() >= 3)
	mw := io.MultiWriter(&a, UpperWriter{&c})
	fmt.Fprintf(mw, "mixed %s %d\n", "Case", 42)
	io.WriteString(mw, "end")
	fmt.Printf("%q %q\n", a.String(), c.String())
	lw := &limited{max: 10}
	lbw := bufio.NewWriterSize(lw, 4)
	n, err := lbw.WriteString("0123456789ABCDEF")
	fmt.Println(n, err, errors.Is(err, ErrFull))
	err = lbw.Flush()
	fmt.Println(string(lw.buf), err)
	_, err = lbw.WriteString("more")
	fmt.Println("sticky error:", err)
	src := strings.NewReader("The quick brown fox jumps over the lazy dog")
	h := sha256.New()
	copied, err := io.Copy(&dst, io.TeeReader(io.NewSectionReader(src, 4, 15), h))
	fmt.Println(copied, err, dst.String())
	fmt.Printf("%x\n", h.Sum(nil)[:8])
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintln(w, "written through bufio to stdout, flushed by defer")
	fmt.Fprintf(w, "%-5s|%5s|\n", "ab", "cd")
}

// Code generated from compiled_embed_ptr.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"fmt"
	"hash"
	"io"
	"log"
	"strings"
	"text/tabwriter"
)

// Session structs embedding pointers to compiled types (bytes.Buffer,
// strings.Reader, bufio.Writer, tabwriter, log.Logger, hash.Hash) passed to
// compiled consumers.
//
//line testdata/conformance/compiled_embed_ptr.gos/_.go:1:1
type RB struct{ *bytes.Buffer }

type SR struct {
	*strings.Reader
	name string
}

type BW struct {
	*bufio.Writer
	n int
}

type TW struct{ *tabwriter.Writer }

type LG struct{ *log.Logger }

type Hs struct{ hash.Hash }

var dst bytes.Buffer

var out bytes.Buffer

func main() {
	rb := RB{bytes.NewBufferString("buffer data")}
	b, _ := io.ReadAll(rb)
	fmt.Println(string(b))
	rb.WriteString("again")
	io.Copy(&dst, rb)
	fmt.Println(dst.String())
	fmt.Fprintf(rb, "fmt %d", 1)
	fmt.Println(rb.String(), rb)
	sr := SR{strings.NewReader("line1\nline2\n"), "sr"}
	sc := bufio.NewScanner(sr)
	for sc.Scan() {
		fmt.Println(sr.name, sc.Text())
	}
	bw := BW{Writer: bufio.NewWriter(&out)}
	fmt.Fprintf(bw, "x=%d;", 5)
	bw.WriteString("y")
	bw.Flush()
	fmt.Println(out.String())
	tw := TW{tabwriter.NewWriter(&out, 0, 4, 1, ' ', 0)}
	fmt.Fprintln(tw, "a\tb")
	tw.Flush()
	fmt.Printf("%q\n", out.String())
	lg := LG{log.New(&out, "lg: ", 0)}
	lg.Print("msg")
	fmt.Printf("%q\n", out.String())
	h := Hs{sha256.New()}
	io.WriteString(h, "abc")
	fmt.Printf("%x\n", h.Sum(nil)[:4])
	w := io.Writer(rb)
	fmt.Fprint(w, "!")
	fmt.Println(rb.Len())
}

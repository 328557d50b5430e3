// Code generated from compiled_io_more.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"log/slog"
	"strings"
	"text/template"
)

// More session readers and writers through compiled consumers (csv, json
// decoding, bufio split funcs, io.Pipe, hashes, gzip, templates, slog),
// and session values in interface fields of compiled structs.
//
//line testdata/conformance/compiled_io_more.gos/_.go:1:1
type src struct {
	data string
	pos  int
}

func (s *src) Read(p []byte) (int, error) {
	if s.pos >= len(s.data) {
		return 0, io.EOF
	}
	n := copy(p, s.data[s.pos:min(len(s.data), s.pos+3)])
	s.pos += n
	return n, nil
}

type sink struct{ lines []string }

func (s *sink) Write(p []byte) (int, error) {
	s.lines = append(s.lines, string(p))
	return len(p), nil
}

type Item struct {
	Name  string  `json:"name"`
	Price float64 `json:"price"`
}

var buf bytes.Buffer

type one struct{ s string }

func (s *one) Read(p []byte) (int, error) { return copy(p, s.s), io.EOF }

type oneV struct{ s string }

func (v oneV) Read(p []byte) (int, error) { return copy(p, v.s), io.EOF }

var lr0 io.LimitedReader

func main() {
	cr := csv.NewReader(&src{data: "a,b,c\n1,2,3\n"})
	recs, err := cr.ReadAll()
	fmt.Println(recs, err)
	sk := &sink{}
	cw := csv.NewWriter(sk)
	cw.Write([]string{"x", "y z", "q\"uote"})
	cw.Flush()
	fmt.Printf("%q\n", sk.lines)
	dec := json.NewDecoder(&src{data: `{"name":"pen","price":1.5}{"name":"ink","price":2}`})
	for {
		var it Item
		if err := dec.Decode(&it); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(it, it.Name)
	}
	sc := bufio.NewScanner(&src{data: "one two  three\nfour"})
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n++
		fmt.Print(sc.Text(), ";")
	}
	fmt.Println(n)
	sc2 := bufio.NewScanner(&src{data: "a,b,,c"})
	sc2.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for sc2.Scan() {
		fmt.Printf("[%s]", sc2.Text())
	}
	fmt.Println()
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through the pipe")
		pw.Close()
	}()
	b, _ := io.ReadAll(pr)
	fmt.Println(string(b))
	h := sha256.New()
	io.Copy(h, &src{data: "hash me"})
	fmt.Printf("%x\n", h.Sum(nil)[:4])
	buf.ReadFrom(&src{data: "readfrom"})
	fmt.Println(buf.String())
	sk2 := &sink{}
	w := io.Writer(sk2)
	fmt.Fprintln(w, "via iface")
	fmt.Println(len(sk2.lines))
	lr := &io.LimitedReader{R: &src{data: "abcdefgh"}, N: 5}
	b, _ = io.ReadAll(lr)
	fmt.Println(string(b))
	n64, err := io.CopyN(io.Discard, &src{data: "12345"}, 3)
	fmt.Println(n64, err)
	bb := make([]byte, 4)
	k, err := io.ReadFull(&src{data: "xy"}, bb)
	fmt.Println(k, err)
	rs := strings.NewReplacer("a", "1", "b", "2")
	rs.WriteString(sk2, "abc")
	fmt.Println(sk2.lines)
	zr, zw := &bytes.Buffer{}, &sink{}
	gz := gzip.NewWriter(zr)
	io.Copy(gz, &src{data: "compress this please"})
	gz.Close()
	gr, _ := gzip.NewReader(zr)
	io.Copy(zw, gr)
	fmt.Println(strings.Join(zw.lines, ""))
	tpl := template.Must(template.New("t").Parse("{{.Name}}={{.Price}}\n"))
	tpl.Execute(sk2, Item{"t", 3})
	fmt.Println(sk2.lines[len(sk2.lines)-1])
	l := log.New(sk2, "pfx ", 0)
	l.Printf("n=%d", 4)
	fmt.Printf("%q\n", sk2.lines[len(sk2.lines)-1])
	slog.New(slog.NewTextHandler(sk2, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == "time" {
			return slog.Attr{}
		}
		return a
	}})).Info("hello", "item", Item{"s", 1})
	fmt.Print(sk2.lines[len(sk2.lines)-1])
	rds := []io.Reader{&one{"a"}, oneV{"b"}}
	b, _ = io.ReadAll(io.MultiReader(rds...))
	fmt.Println(string(b))
	mr := map[string]io.Reader{"x": &one{"c"}}
	b, _ = io.ReadAll(mr["x"])
	fmt.Println(string(b))
	lr0.R = &one{"defg"}
	lr0.N = 2
	b, _ = io.ReadAll(&lr0)
	fmt.Println(string(b))
	lr2 := io.LimitedReader{R: oneV{"hij"}, N: 2}
	b, _ = io.ReadAll(&lr2)
	fmt.Println(string(b))
	rch := make(chan io.Reader, 1)
	rch <- &one{"k"}
	b, _ = io.ReadAll(<-rch)
	fmt.Println(string(b))
	arr := [1]io.Reader{&one{"l"}}
	b, _ = io.ReadAll(arr[0])
	fmt.Println(string(b))
}

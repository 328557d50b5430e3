// Code generated from iface_embed_override_rw.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
)

//line testdata/conformance/iface_embed_override_rw.gos/_.go:1:1
type Reader interface{ Read() string }

type Writer interface{ Write(s string) }

type ReadWriter interface {
	Reader
	Writer
}

type File struct {
	name string
	data []string
}

func (f *File) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}

func (f *File) Write(s string) { f.data = append(f.data, s) }

type Logged struct {
	ReadWriter
	log []string
}

func (l *Logged) Write(s string) {
	l.log = append(l.log, "write:"+s)
	l.ReadWriter.Write(strings.ToUpper(s))
}

type Named interface{ Name() string }

type Base struct{ n string }

func (b Base) Name() string { return b.n }

type Mid struct{ Base }

type Top struct {
	*Mid
	extra int
}

func main() {
	f := &File{name: "f"}
	rw := ReadWriter(f)
	rw.Write("a")
	l := &Logged{ReadWriter: rw}
	l.Write("b")
	w := Writer(l)
	w.Write("c")
	fmt.Println(f.data, l.log)
	fmt.Println(l.Read(), l.Read(), l.Read(), l.Read() == "")
	r := Reader(l)
	if rw2, ok := r.(ReadWriter); ok {
		rw2.Write("d")
		fmt.Println("upgraded", f.data, l.log)
	}
	if _, ok := r.(interface{ Close() error }); !ok {
		fmt.Println("no Close")
	}
	t := Top{&Mid{Base{"deep"}}, 1}
	nm := Named(t)
	fmt.Println(nm.Name(), t.n, t.Mid.Base.n)
	t.n = "changed"
	fmt.Println(nm.Name(), t.Name())
	items := []Named{Base{"x"}, Mid{Base{"y"}}, t, &Mid{Base{"z"}}}
	for _, it := range items {
		fmt.Printf("%s:%T ", it.Name(), it)
	}
	fmt.Println()
}

// Code generated from embedding_promoted.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

//line testdata/conformance/embedding_promoted.gos/_.go:1:1
type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) { l.lines = append(l.lines, l.prefix+msg) }

func (l Logger) Count() int { return len(l.lines) }

type Named interface{ Name() string }

type Animal struct{ name string }

func (a Animal) Name() string { return a.name }

func (a Animal) Sound() string { return "..." }

type Dog struct {
	Animal
	*Logger
	breed string
}

func (d Dog) Sound() string { return "woof (not " + d.Animal.Sound() + ")" }

type Speaker interface {
	Named
	Sound() string
}

type Puppy struct {
	Dog
	age int
}

type ReadWriter interface {
	io.Reader
	io.Writer
}

type rw struct {
	*strings.Reader
	io.Writer
}

func main() {
	d := Dog{Animal{"rex"}, &Logger{prefix: "[rex] "}, "lab"}
	d.Log("sit")
	d.Log("stay")
	fmt.Println(d.Name(), d.Sound(), d.Count(), d.lines)
	s := Speaker(d)
	fmt.Println(s.Name(), s.Sound())
	p := Puppy{Dog: d, age: 1}
	p.Log("play")
	fmt.Println(p.Name(), p.Sound(), p.Count(), d.Count(), p.breed, p.prefix)
	n := Named(p)
	fmt.Println(n.Name())
	speakers := []Speaker{d, p, Dog{Animal: Animal{"fido"}}}
	for _, sp := range speakers {
		fmt.Printf("%s says %s\n", sp.Name(), sp.Sound())
	}
	_, ok := n.(Speaker)
	fmt.Println(ok)
	x := ReadWriter(rw{strings.NewReader("data"), new(bytes.Buffer)})
	buf := make([]byte, 2)
	k, _ := x.Read(buf)
	x.Write([]byte("out"))
	fmt.Println(k, string(buf), x.(rw).Writer.(*bytes.Buffer).String(), x.(rw).Len())
}

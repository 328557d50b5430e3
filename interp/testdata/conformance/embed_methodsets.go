// Code generated from embed_methodsets.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
)

//line testdata/conformance/embed_methodsets.gos/_.go:1:1
type Logger struct{ prefix string }

func (l Logger) Log(msg string) string { return l.prefix + msg }

func (l *Logger) SetPrefix(p string) { l.prefix = p }

type Named interface{ Name() string }

type Base struct{ id int }

func (b *Base) Name() string { return fmt.Sprintf("base-%d", b.id) }

func (b Base) ID() int { return b.id }

type Service struct {
	*Logger
	Base
	name string
}

func (s Service) Describe() string { return s.Log(s.name) + "/" + s.Name() }

type Override struct {
	Service
}

func (o Override) Log(msg string) string { return "override:" + msg }

type Reader interface{ Read() string }

type Writer interface{ Write(string) }

type RW interface {
	Reader
	Writer
}

var buf memBuf

type memBuf struct{ data []string }

func (m *memBuf) Write(s string) { m.data = append(m.data, s) }

func (m *memBuf) Read() string { return strings.Join(m.data, "") }

func main() {
	s := Service{Logger: &Logger{"[svc] "}, Base: Base{7}, name: "api"}
	fmt.Println(s.Describe(), s.ID(), s.Log("x"))
	s.SetPrefix("[new] ")
	fmt.Println(s.Log("y"))
	cp := s
	cp.SetPrefix("[shared] ")
	fmt.Println(s.Log("z"), cp.id)
	n := Named(&s)
	fmt.Println(n.Name())
	_, ok := any(s).(Named)
	_, ok2 := any(&s).(Named)
	fmt.Println(ok, ok2)
	o := Override{s}
	fmt.Println(o.Log("m"), o.Service.Log("m"), o.Describe())
	rw := RW(&buf)
	rw.Write("hello ")
	rw.Write("world")
	fmt.Println(rw.Read())
	r := Reader(rw)
	fmt.Println(r.Read() == buf.Read())
}

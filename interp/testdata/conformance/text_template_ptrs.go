// Code generated from text_template_ptrs.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Node struct {
	Name   string
	At     Point
	Weight float64
	Next   *Node
}

func (n *Node) Path() string {
	if n.Next == nil {
		return n.Name
	}
	return n.Name + "->" + n.Next.Path()
}

func (n Node) Heavy() bool { return n.Weight > 2 }

func (n *Node) Scaled() (float64, error) {
	if n.Weight < 0 {
		return 0, errors.New("negative weight of " + n.Name)
	}
	return n.Weight * 10, nil
}

var out strings.Builder

func main() {
	c := &Node{Name: "c", At: Point{3, 1}, Weight: 3.5}
	b := &Node{Name: "b", At: Point{2, 2}, Weight: 1, Next: c}
	a := &Node{Name: "a", At: Point{1, 3}, Weight: 2.5, Next: b}
	nodes := []*Node{a, nil, b, c}
	t := template.Must(template.New("nodes").Parse(
		`{{range $i, $n := .}}{{if $n}}{{$i}} {{$n.Name}} at {{$n.At}}: {{$n.Path}} {{$n.Scaled}}{{if $n.Heavy}} heavy{{end}}{{with $n.Next}} next {{.Name}}{{end}}
{{else}}{{$i}} nil
{{end}}{{end}}`))
	if err := t.Execute(os.Stdout, nodes); err != nil {
		fmt.Println("error:", err)
	}
	vals := []Node{*a, *c}
	t2 := template.Must(template.New("vals").Parse(`{{range .}}{{.Path}}/{{.At}}/{{.Name}} {{end}}` + "\n"))
	if err := t2.Execute(os.Stdout, vals); err != nil {
		fmt.Println("error:", err)
	}
	byName := map[string]Node{"a": *a, "c": *c}
	t3 := template.Must(template.New("map").Parse(`{{range $k, $v := .}}{{$k}}={{$v.Heavy}}@{{$v.At}} {{end}}{{.a.At}}` + "\n"))
	if err := t3.Execute(os.Stdout, byName); err != nil {
		fmt.Println("error:", err)
	}
	ptrs := map[string]*Node{"a": a, "b": b}
	t4 := template.Must(template.New("pmap").Parse(`{{range $k, $v := .}}{{$k}}={{$v.Path}};{{end}} {{.b.Scaled}}` + "\n"))
	if err := t4.Execute(os.Stdout, ptrs); err != nil {
		fmt.Println("error:", err)
	}
	b.Weight = -1
	err := t.Execute(&out, nodes)
	fmt.Printf("%q\n%v\n", out.String(), err)
}

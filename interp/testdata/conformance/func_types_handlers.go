// Code generated from func_types_handlers.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"slices"
	"strings"
)

//line testdata/conformance/func_types_handlers.gos/_.go:1:1
type HandlerFunc func(string) string

func (f HandlerFunc) Serve(s string) string { return "[" + f(s) + "]" }

type Handler interface{ Serve(string) string }

type Router struct {
	routes map[string]Handler
	order  []string
}

func (r *Router) Handle(p string, h Handler) { r.routes[p] = h; r.order = append(r.order, p) }

func (r *Router) HandleFunc(p string, f func(string) string) { r.Handle(p, HandlerFunc(f)) }

type static string

func (s static) Serve(string) string { return string(s) }

type Op func(int, int) int

func main() {
	r := &Router{routes: map[string]Handler{}}
	r.HandleFunc("/up", strings.ToUpper)
	r.Handle("/static", static("fixed"))
	r.HandleFunc("/rev", func(s string) string {
		b := []byte(s)
		slices.Reverse(b)
		return string(b)
	})
	for _, p := range r.order {
		fmt.Println(p, r.routes[p].Serve("hello"))
	}
	var h Handler = HandlerFunc(strings.TrimSpace)
	switch v := h.(type) {
	case HandlerFunc:
		fmt.Println("func handler", v("  x  "))
	case static:
		fmt.Println("static", v)
	}
	_, isStatic := r.routes["/static"].(static)
	fmt.Println(isStatic)
	ops := map[string]Op{"+": func(a, b int) int { return a + b }}
	fmt.Println(ops["+"](2, 3), ops["-"] == nil)
}

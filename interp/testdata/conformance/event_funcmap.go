// Code generated from event_funcmap.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
)

//line testdata/conformance/event_funcmap.gos/_.go:1:1
type Handler func(payload string) error

type Bus struct {
	handlers map[string][]Handler
	order    []string
}

func (b *Bus) On(evt string, h Handler) {
	if b.handlers == nil {
		b.handlers = make(map[string][]Handler)
	}
	if _, ok := b.handlers[evt]; !ok {
		b.order = append(b.order, evt)
	}
	b.handlers[evt] = append(b.handlers[evt], h)
}

func (b *Bus) Emit(evt, payload string) (errs []error) {
	for i, h := range b.handlers[evt] {
		if err := h(payload); err != nil {
			errs = append(errs, fmt.Errorf("%s handler %d: %w", evt, i, err))
		}
	}
	return
}

var bus Bus

var received []string

var chain []func(int) int

func main() {
	bus.On("login", func(p string) error {
		received = append(received, "audit:"+p)
		return nil
	})
	bus.On("login", func(p string) error {
		if p == "root" {
			return errors.New("root login denied")
		}
		return nil
	})
	counter := map[string]int{}
	for _, e := range []string{"logout", "error"} {
		bus.On(e, func(p string) error {
			counter[e]++
			return nil
		})
	}
	fmt.Println(bus.Emit("login", "alice"), bus.Emit("login", "root"))
	bus.Emit("logout", "x")
	bus.Emit("logout", "y")
	bus.Emit("error", "z")
	fmt.Println(received, counter, bus.order)
	ops := map[string]func(float64, float64) float64{
		"+": func(a, b float64) float64 { return a + b },
		"-": func(a, b float64) float64 { return a - b },
		"*": func(a, b float64) float64 { return a * b },
		"/": func(a, b float64) float64 { return a / b },
	}
	for _, op := range []string{"+", "-", "*", "/", "%"} {
		if f, ok := ops[op]; ok {
			fmt.Printf("6%s4=%g ", op, f(6, 4))
		} else {
			fmt.Printf("%s unsupported ", op)
		}
	}
	fmt.Println()
	fmt.Println(ops["^"] == nil, len(ops))
	for _, k := range []int{1, 2, 3} {
		chain = append(chain, func(x int) int { return x*10 + k })
	}
	v := 0
	for _, f := range chain {
		v = f(v)
	}
	fmt.Println(v)
}

// Code generated from event_bus_methods.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

// An event bus: handlers stored as func values in maps, method values
// of session types used as callbacks, unsubscribe by id.
//
//line testdata/conformance/event_bus_methods.gos/_.go:1:1
type Event struct {
	Topic string
	Data  any
}

type HandlerFunc func(Event) error

type sub struct {
	id int
	fn HandlerFunc
}

type Bus struct {
	subs   map[string][]sub
	nextID int
	errs   []error
}

func NewBus() *Bus { return &Bus{subs: map[string][]sub{}} }

func (b *Bus) Subscribe(topic string, fn HandlerFunc) (unsubscribe func()) {
	b.nextID++
	id := b.nextID
	b.subs[topic] = append(b.subs[topic], sub{id, fn})
	return func() {
		b.subs[topic] = slices.DeleteFunc(b.subs[topic], func(s sub) bool { return s.id == id })
	}
}

func (b *Bus) Publish(topic string, data any) int {
	n := 0
	for _, s := range b.subs[topic] {
		if err := s.fn(Event{topic, data}); err != nil {
			b.errs = append(b.errs, fmt.Errorf("sub %d on %s: %w", s.id, topic, err))
		}
		n++
	}
	if wild := b.subs["*"]; topic != "*" {
		for _, s := range wild {
			s.fn(Event{topic, data})
			n++
		}
	}
	return n
}

type Counter struct {
	counts map[string]int
}

func (c *Counter) Handle(e Event) error {
	c.counts[e.Topic]++
	return nil
}

type Logger struct {
	prefix string
	lines  *[]string
}

func (l Logger) Handle(e Event) error {
	*l.lines = append(*l.lines, fmt.Sprintf("%s %s=%v", l.prefix, e.Topic, e.Data))
	return nil
}

type Inventory struct{ stock map[string]int }

func (inv *Inventory) OnOrder(e Event) error {
	o, ok := e.Data.(map[string]int)
	if !ok {
		return fmt.Errorf("bad payload %T", e.Data)
	}
	for item, qty := range o {
		if inv.stock[item] < qty {
			return fmt.Errorf("out of %s", item)
		}
	}
	for item, qty := range o {
		inv.stock[item] -= qty
	}
	return nil
}

var lines []string

func main() {
	bus := NewBus()
	counter := &Counter{counts: map[string]int{}}
	logger := Logger{"[log]", &lines}
	inv := &Inventory{stock: map[string]int{"apple": 5, "pear": 1}}
	bus.Subscribe("*", counter.Handle)
	unlog := bus.Subscribe("order", logger.Handle)
	bus.Subscribe("order", inv.OnOrder)
	handlers := map[string]HandlerFunc{
		"ping": func(e Event) error { lines = append(lines, "pong"); return nil },
		"fail": func(e Event) error { return errors.New("always fails") },
	}
	for _, topic := range []string{"fail", "ping"} {
		bus.Subscribe(topic, handlers[topic])
	}
	fmt.Println(bus.Publish("order", map[string]int{"apple": 2}))
	fmt.Println(bus.Publish("order", map[string]int{"pear": 3}))
	fmt.Println(bus.Publish("order", "oops"))
	unlog()
	fmt.Println(bus.Publish("order", map[string]int{"apple": 3}))
	fmt.Println(bus.Publish("ping", nil), bus.Publish("fail", 42), bus.Publish("nobody", 1))
	unlog()
	for _, l := range lines {
		fmt.Println(l)
	}
	for _, e := range bus.errs {
		fmt.Println("err:", e)
	}
	topics := slices.Sorted(maps.Keys(counter.counts))
	for _, t := range topics {
		fmt.Printf("%s:%d ", t, counter.counts[t])
	}
	fmt.Println()
	fmt.Println(inv.stock["apple"], inv.stock["pear"], len(bus.subs["order"]))
	h := counter.Handle
	counter = &Counter{counts: map[string]int{}}
	h(Event{Topic: "late"})
	fmt.Println(len(counter.counts), "(method value bound to the old counter)")
	var f HandlerFunc = Logger{"[x]", &lines}.Handle
	f(Event{"direct", 1.5})
	fmt.Println(lines[len(lines)-1])
}

// Code generated from state_machine_flags.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"slices"
	"strings"
)

// A connection state machine with iota states and events (String methods,
// a transition table keyed by struct), bit-flag permissions with a
// combining String, and fmt verbs on the named types.
//
//line testdata/conformance/state_machine_flags.gos/_.go:1:1
type State uint8

const (
	Closed State = iota
	Listen
	SynReceived
	Established
	FinWait
	TimeWait
	numStates
)

func (s State) String() string {
	switch s {
	case Closed:
		return "CLOSED"
	case Listen:
		return "LISTEN"
	case SynReceived:
		return "SYN_RCVD"
	case Established:
		return "ESTABLISHED"
	case FinWait:
		return "FIN_WAIT"
	case TimeWait:
		return "TIME_WAIT"
	}
	return fmt.Sprintf("State(%d)", uint8(s))
}

type Event int

const (
	Open Event = iota + 1
	Syn
	Ack
	Fin
	Timeout
)

var eventNames = map[Event]string{Open: "open", Syn: "syn", Ack: "ack", Fin: "fin", Timeout: "timeout"}

func (e Event) String() string { return eventNames[e] }

type key struct {
	from State
	ev   Event
}

var table = map[key]State{
	{Closed, Open}:         Listen,
	{Listen, Syn}:          SynReceived,
	{SynReceived, Ack}:     Established,
	{Established, Fin}:     FinWait,
	{FinWait, Ack}:         TimeWait,
	{TimeWait, Timeout}:    Closed,
	{SynReceived, Timeout}: Listen,
}

type Conn struct {
	state   State
	history []State
}

func (c *Conn) Fire(e Event) error {
	next, ok := table[key{c.state, e}]
	if !ok {
		return fmt.Errorf("invalid event %v in state %v", e, c.state)
	}
	c.history = append(c.history, c.state)
	c.state = next
	return nil
}

type Perm uint16

const (
	Read Perm = 1 << iota
	Write
	Exec
	_
	Admin
	All = Read | Write | Exec | Admin
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for _, f := range []struct {
		p Perm
		n string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}, {Admin, "A"}} {
		if p&f.p != 0 {
			parts = append(parts, f.n)
			p &^= f.p
		}
	}
	if p != 0 {
		parts = append(parts, fmt.Sprintf("%#x", uint16(p)))
	}
	return strings.Join(parts, "|")
}

var byState [numStates][]Event

type pair struct {
	S State
	P Perm
}

func main() {
	c := &Conn{}
	for _, e := range []Event{Open, Syn, Timeout, Syn, Ack, Ack, Fin, Ack, Timeout} {
		if err := c.Fire(e); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-8v -> %v\n", e, c.state)
	}
	fmt.Println(c.history, len(c.history))
	fmt.Printf("%v %d %s %q %x %08b\n", Established, Established, TimeWait, FinWait, Listen, numStates)
	fmt.Println(State(42), numStates, Event(9), Event(2))
	counts := make([]int, numStates)
	for _, s := range c.history {
		counts[s]++
	}
	for s := Closed; s < numStates; s++ {
		fmt.Printf("%s:%d ", s, counts[s])
	}
	fmt.Println()
	for k := range table {
		byState[k.from] = append(byState[k.from], k.ev)
	}
	for s, evs := range byState {
		slices.Sort(evs)
		fmt.Println(State(s), evs)
	}
	perms := []Perm{0, Read, Read | Write, All, Exec | 8, Write | Admin, ^Perm(0)}
	for _, p := range perms {
		fmt.Printf("%-10v %5d %016b\n", p, uint16(p), p)
	}
	var p Perm = Read
	p |= Exec
	p ^= Read | Write
	fmt.Println(p, p&Write != 0, p&Read == 0, All&^Admin, Admin>>2, Perm(3)<<1)
	m := map[Perm]string{Read: "view", Write | Read: "edit"}
	fmt.Println(m)
	fmt.Printf("%v %+v\n", pair{Established, All}, []pair{{Closed, 0}, {Listen, Read}})
}

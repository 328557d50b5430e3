// Code generated from state_machine_vending.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

//line testdata/conformance/state_machine_vending.gos/_.go:1:1
type State int

const (
	Idle State = iota
	HasCoin
	Vending
	OutOfStock
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case HasCoin:
		return "HasCoin"
	case Vending:
		return "Vending"
	case OutOfStock:
		return "OutOfStock"
	}
	return "State(" + strconv.Itoa(int(s)) + ")"
}

type Event string

type Machine struct {
	state  State
	stock  int
	credit int
	log    []string
}

type TransitionError struct {
	From State
	Ev   Event
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("no transition from %v on %q", e.From, e.Ev)
}

func (m *Machine) Fire(ev Event) error {
	prev := m.state
	switch {
	case m.state == Idle && ev == "coin":
		m.credit++
		m.state = HasCoin
	case m.state == HasCoin && ev == "coin":
		m.credit++
	case m.state == HasCoin && ev == "push":
		m.state = Vending
		m.stock--
		m.credit--
		if m.stock == 0 {
			m.state = OutOfStock
		} else if m.credit > 0 {
			m.state = HasCoin
		} else {
			m.state = Idle
		}
	case m.state == OutOfStock && ev == "refill":
		m.stock = 2
		m.state = Idle
		if m.credit > 0 {
			m.state = HasCoin
		}
	default:
		return &TransitionError{m.state, ev}
	}
	m.log = append(m.log, prev.String()+"->"+m.state.String())
	return nil
}

func main() {
	m := &Machine{stock: 2}
	for _, ev := range []Event{"push", "coin", "coin", "push", "push", "push", "coin", "refill", "push", "kick"} {
		if err := m.Fire(ev); err != nil {
			fmt.Println("error:", err)
			var te *TransitionError
			if errors.As(err, &te) {
				fmt.Println("  state stays", te.From)
			}
			continue
		}
		fmt.Printf("%-6s -> %v (stock %d, credit %d)\n", ev, m.state, m.stock, m.credit)
	}
	fmt.Println(strings.Join(m.log, " | "))
	fmt.Println(State(9), Vending)
	fmt.Printf("%v %s %d %q\n", m.state, m.state, m.state, m.state)
	sv := fmt.Stringer(OutOfStock)
	fmt.Println(sv, sv.String() == fmt.Sprint(OutOfStock))
}

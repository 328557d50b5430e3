// Code generated from state_iota.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
)

//line testdata/conformance/state_iota.gos/_.go:1:1
type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var stateNames = [...]string{"Idle", "Running", "Paused", "Stopped"}

func (s State) String() string {
	if s < 0 || int(s) >= len(stateNames) {
		return fmt.Sprintf("State(%d)", int(s))
	}
	return stateNames[s]
}

type Event string

type Machine struct {
	state State
	trans map[State]map[Event]State
	log   []string
}

func NewMachine() *Machine {
	return &Machine{
		state: Idle,
		trans: map[State]map[Event]State{
			Idle:    {"start": Running},
			Running: {"pause": Paused, "stop": Stopped},
			Paused:  {"resume": Running, "stop": Stopped},
		},
	}
}

func (m *Machine) Fire(e Event) error {
	next, ok := m.trans[m.state][e]
	if !ok {
		return fmt.Errorf("invalid event %q in state %v", e, m.state)
	}
	m.log = append(m.log, fmt.Sprintf("%v -%s-> %v", m.state, e, next))
	m.state = next
	return nil
}

type Weekday uint8

const (
	Sunday Weekday = iota + 1
	Monday
	_
	Wednesday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

func main() {
	m := NewMachine()
	for _, e := range []Event{"start", "pause", "start", "resume", "stop", "start"} {
		if err := m.Fire(e); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(strings.Join(m.log, "\n"))
	fmt.Println(m.state, State(7), Paused+1)
	fmt.Printf("%v %d %s %q %x\n", Running, Running, Paused, Stopped, Stopped)
	states := []State{Stopped, Idle, Paused}
	fmt.Println(states, map[State]int{Running: 1})
	fmt.Println(Sunday, Monday, Wednesday)
	fmt.Println(KB, MB, GB/MB)
}

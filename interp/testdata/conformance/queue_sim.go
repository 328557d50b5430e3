// Code generated from queue_sim.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"container/heap"
	"fmt"
	"strings"
)

//line testdata/conformance/queue_sim.gos/_.go:1:1
type Customer struct {
	ID      int
	Arrival int
	Service int
}

type Event struct {
	Time int
	Kind string
	C    *Customer
}

type EventQ []Event

func (q EventQ) Len() int { return len(q) }

func (q EventQ) Less(i, j int) bool {
	if q[i].Time != q[j].Time {
		return q[i].Time < q[j].Time
	}
	return q[i].Kind < q[j].Kind
}

func (q EventQ) Swap(i, j int) { q[i], q[j] = q[j], q[i] }

func (q *EventQ) Push(x any) { *q = append(*q, x.(Event)) }

func (q *EventQ) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

var log []string

func main() {
	services := []int{3, 5, 2, 4, 2}
	q := &EventQ{}
	for i := 1; i <= 5; i++ {
		c := &Customer{ID: i, Arrival: i * 3, Service: services[i-1]}
		heap.Push(q, Event{c.Arrival, "arrive", c})
	}
	busyUntil := 0
	waits := map[int]int{}
	for q.Len() > 0 {
		e := heap.Pop(q).(Event)
		switch e.Kind {
		case "arrive":
			start := max(e.Time, busyUntil)
			waits[e.C.ID] = start - e.Time
			busyUntil = start + e.C.Service
			heap.Push(q, Event{busyUntil, "depart", e.C})
			log = append(log, fmt.Sprintf("t=%02d arrive #%d", e.Time, e.C.ID))
		case "depart":
			log = append(log, fmt.Sprintf("t=%02d depart #%d", e.Time, e.C.ID))
		}
	}
	fmt.Println(strings.Join(log, "\n"))
	total := 0
	for _, w := range waits {
		total += w
	}
	fmt.Printf("avg wait %.2f over %d\n", float64(total)/float64(len(waits)), len(waits))
}

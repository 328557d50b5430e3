// Code generated from lowercase_struct_fields.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"time"
)

// Script-style structs with lower-case fields holding library types
// (time.Duration, time.Time, *big.Int, net-like byte slices) printed
// whole with %v and %+v, next to their fields printed one by one, where
// fmt calls String.
//
//line testdata/conformance/lowercase_struct_fields.gos/_.go:1:1
type step struct {
	name    string
	took    time.Duration
	started time.Time
	retries int
}

type job struct {
	id    int
	steps []step
	total time.Duration
	Owner string
	Limit time.Duration
}

type span struct {
	from, to time.Time
}

func main() {
	base := time.Date(2024, 5, 6, 7, 0, 0, 0, time.UTC)
	j := job{id: 7, Owner: "ops", Limit: 5 * time.Minute}
	for i, spec := range []struct {
		n string
		d time.Duration
	}{{"fetch", 1500 * time.Millisecond}, {"build", 2*time.Minute + 5*time.Second}, {"test", 42 * time.Second}} {
		s := step{spec.n, spec.d, base.Add(time.Duration(i) * time.Minute), i % 2}
		j.steps = append(j.steps, s)
		j.total += s.took
	}
	fmt.Println(j.steps[0])
	fmt.Printf("%+v\n", j.steps[1])
	fmt.Println(j.id, j.total, j.Limit, j.total > j.Limit)
	fmt.Printf("%v\n", j)
	for _, s := range j.steps {
		fmt.Printf("%-6s %8v %s retries=%d\n", s.name, s.took, s.started.Format("15:04"), s.retries)
	}
	sp := span{base, base.Add(j.total)}
	fmt.Println(sp.to.Sub(sp.from), sp.from.Before(sp.to))
	fmt.Printf("%v|%+v\n", sp.to.Sub(sp.from).Round(time.Second), struct{ D time.Duration }{j.total})
}

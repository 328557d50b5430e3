// Code generated from min_max_named.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math"
	"time"
)

type Temp float64

type Name string

func main() {
	timeouts := []time.Duration{3 * time.Second, 1500 * time.Millisecond, time.Minute}
	best := time.Hour
	for _, d := range timeouts {
		best = min(best, d)
	}
	fmt.Println(best, max(timeouts[0], timeouts[2]), min(time.Second, 2*time.Second, 500*time.Millisecond))
	fmt.Println(min(Temp(21.5), Temp(19)), max(Temp(1), Temp(math.NaN()), Temp(3)), min(Temp(-1), Temp(2)))
	fmt.Println(min(Name("beta"), Name("alpha")), max(Name("x"), Name("y"), Name("w")))
	elapsed := min(time.Since(time.Now()), 0)
	fmt.Println(elapsed <= 0)
}

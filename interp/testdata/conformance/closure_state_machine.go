// Code generated from closure_state_machine.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

func main() {
	state := "idle"
	transitions := map[string]string{"idle": "running", "running": "done"}
	steps := 0
	for state != "done" {
		state = transitions[state]
		steps++
	}
	fmt.Println(state, steps)
}

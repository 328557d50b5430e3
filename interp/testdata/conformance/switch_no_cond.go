// Code generated from switch_no_cond.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

func main() {
	grade := func(s int) string {
		switch {
		case s >= 90:
			return "A"
		case s >= 80:
			return "B"
		}
		return "C"
	}
	fmt.Println(grade(95), grade(85), grade(10))
}

// Code generated from errors_join.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
)

func main() {
	e1 := errors.New("a")
	e2 := errors.New("b")
	j := errors.Join(e1, e2)
	fmt.Println(j)
	fmt.Println(errors.Is(j, e2))
}

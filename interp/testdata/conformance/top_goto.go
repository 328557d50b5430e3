// Code generated from top_goto.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

func main() {
	i := 0
retry:
	i++
	if i < 3 {
		goto retry
	}
	fmt.Println("i", i)
	m := 0
again:
	k := m * 2
	m++
	if m < 4 {
		goto again
	}
	fmt.Println(m, k)
	if m > 100 {
		goto done
	}
	fmt.Println("middle")
done:
	fmt.Println("done", k)
}

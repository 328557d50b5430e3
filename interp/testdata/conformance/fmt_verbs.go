// Code generated from fmt_verbs.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

func main() {
	fmt.Printf("%d %5d %-5d| %x %X %o %b\n", 42, 42, 42, 255, 255, 8, 5)
	fmt.Printf("%f %.2f %e %g\n", 3.14159, 3.14159, 1234.5678, 0.000012)
	fmt.Printf("%s %q %v %T %t %c %U\n", "s", "q", []int{1}, 1.5, true, 'A', 'A')
	fmt.Printf("%8.3f|%-8s|%08b\n", 2.5, "ab", 5)
}

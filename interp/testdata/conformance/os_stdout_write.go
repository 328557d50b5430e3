// Code generated from os_stdout_write.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"os"
)

func main() {
	os.Stdout.WriteString("direct\n")
	fmt.Fprintln(os.Stdout, "fprintln")
	fmt.Fprint(os.Stdout, 1, 2, "\n")
}

// Code generated from tabwriter_pkg.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "a\tbb\tccc")
	fmt.Fprintln(w, "dddd\te\tf")
	w.Flush()
}

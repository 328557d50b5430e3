// Code generated from tabwriter_align.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

//line testdata/conformance/tabwriter_align.gos/_.go:1:1
type row struct {
	name  string
	qty   int
	price float64
}

var sb strings.Builder

func main() {
	rows := []row{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"kiwi", 12, 0.2}}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "name\tqty\tprice\ttotal\t")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%d\t%.2f\t%.2f\t\n", r.name, r.qty, r.price, float64(r.qty)*r.price)
	}
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 8, 8, 1, '.', 0)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "longer cell\tx\ty")
	fmt.Fprintln(w, "")
	fmt.Fprintln(w, "new\tblock")
	w.Flush()
	w = tabwriter.NewWriter(&sb, 0, 4, 1, '-', tabwriter.FilterHTML|tabwriter.TabIndent)
	fmt.Fprintf(w, "<b>key</b>\tvalue\n")
	fmt.Fprintf(w, "k&amp;2\tv2\n")
	w.Flush()
	fmt.Print(sb.String())
	fmt.Println(strings.Count(sb.String(), "-"))
}

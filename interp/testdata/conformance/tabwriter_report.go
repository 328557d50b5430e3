// Code generated from tabwriter_report.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
)

//line testdata/conformance/tabwriter_report.gos/_.go:1:1
type Row struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	rows := []Row{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.2}}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Price*float64(rows[i].Qty) > rows[j].Price*float64(rows[j].Qty) })
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "name\tqty\tprice\t")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%d\t%.2f\t\n", r.Name, r.Qty, r.Price)
	}
	w.Flush()
	w2 := tabwriter.NewWriter(os.Stdout, 4, 8, 1, '.', 0)
	fmt.Fprintln(w2, "a\tbb\tccc")
	fmt.Fprintln(w2, "dddd\te\tf")
	w2.Flush()
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Name < rows[j].Name })
	fmt.Println(rows)
}

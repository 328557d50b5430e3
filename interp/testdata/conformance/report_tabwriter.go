// Code generated from report_tabwriter.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

// A sales report written through bufio into a strings.Builder, with
// text/tabwriter columns (right-aligned numbers, Debug separators) and
// fmt width/precision verbs.
//
//line testdata/conformance/report_tabwriter.gos/_.go:1:1
type Line struct {
	Region  string
	Product string
	Units   int
	Price   float64
}

func (l Line) Total() float64 { return float64(l.Units) * l.Price }

var sb strings.Builder

var grand float64

func main() {
	lines := []Line{
		{"North", "Widget", 120, 2.5},
		{"South", "Gadget", 8, 149.99},
		{"North", "Gadget", 15, 139.5},
		{"East", "Widget", 300, 2.25},
		{"South", "Widget", 75, 2.75},
		{"East", "Doohickey", 3, 1024},
	}
	sort.SliceStable(lines, func(i, j int) bool {
		if lines[i].Region != lines[j].Region {
			return lines[i].Region < lines[j].Region
		}
		return lines[i].Total() > lines[j].Total()
	})
	bw := bufio.NewWriter(&sb)
	tw := tabwriter.NewWriter(bw, 0, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "Region\tProduct\tUnits\tPrice\tTotal\t")
	subtotal := map[string]float64{}
	for _, l := range lines {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.2f\t%.2f\t\n", l.Region, l.Product, l.Units, l.Price, l.Total())
		subtotal[l.Region] += l.Total()
		grand += l.Total()
	}
	fmt.Fprintf(tw, "\t\t\t\t%.2f\t\n", grand)
	tw.Flush()
	fmt.Println("buffered:", bw.Buffered() > 0, "builder len before flush:", sb.Len())
	bw.Flush()
	fmt.Print(sb.String())
	regions := make([]string, 0, len(subtotal))
	for r := range subtotal {
		regions = append(regions, r)
	}
	sort.Strings(regions)
	tw2 := tabwriter.NewWriter(os.Stdout, 6, 4, 1, '.', tabwriter.Debug)
	for _, r := range regions {
		share := subtotal[r] / grand * 100
		bar := strings.Repeat("#", int(share/5))
		fmt.Fprintf(tw2, "%s\t%10.2f\t%5.1f%%\t%s\n", r, subtotal[r], share, bar)
	}
	tw2.Flush()
	fmt.Printf("|%-8s|%8s|%08.3f|%+d|%x|%X|%o|%b|\n", "left", "right", 3.14159, 42, 255, "hi", 8, 5)
	fmt.Printf("|%6.2e|%g|%G|%v|%.3v|\n", 123456.789, 1e21, 1e-7, 100000000.0, 2.0/3)
	fmt.Printf("|%q|%+q|%#q|%U|%c|\n", "tab\there", "héllo", "raw`tick", 'é', 0x1F600)
	fmt.Printf("|%5t|%-5t|%p|\n", true, false, nil)
	fmt.Printf("|%v|%+v|%#v|\n", lines[0], lines[0], lines[0])
	fmt.Printf("|%*d|%-*d|%.*f|\n", 6, 42, 6, 42, 2, 3.14159)
	fmt.Printf("%d %s\n", []int{1, 2}, []string{"a", "b"})
	fmt.Printf("%6.2f|%v\n", []float64{1, 2.5}, map[string]int{"b": 2, "a": 1})
	fmt.Printf("%!d %d\n", 1)
	fmt.Printf("%d\n", "str")
	fmt.Println(fmt.Sprintf("%3c|%-4q|%#x|%# x", 'x', 'y', "hex", "hex"))
}

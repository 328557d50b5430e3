// Code generated from csv_sales_pipeline.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

// CSV -> report: parse with encoding/csv, clean fields, aggregate in
// maps of struct pointers, sort stably, and print with text/tabwriter.
//
//line testdata/conformance/csv_sales_pipeline.gos/_.go:1:1
const data = `region,rep,product,units,price
north, Alice ,widget,10,2.50
south,Bob,gadget,3,10.00
north,Carol,widget,7,2.50
east,Dan,"gizmo, deluxe",1,99.99
south,Bob,widget,20,2.40
north,Alice,gadget,2,10.00
west,Eve,widget,notanumber,2.50
east,Dan,widget,5,2.50
south,"Bob",gizmo,1,50
`

type Sale struct {
	Region, Rep, Product string
	Units                int
	Price                float64
}

func (s Sale) Total() float64 { return float64(s.Units) * s.Price }

type Summary struct {
	Rep      string
	Region   string
	Revenue  float64
	Units    int
	Products map[string]bool
}

var sales []Sale

var bad []string

var grand float64

var buf bytes.Buffer

func main() {
	r := csv.NewReader(strings.NewReader(data))
	r.TrimLeadingSpace = true
	header, err := r.Read()
	fmt.Println(header, err)
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("csv error:", err)
			break
		}
		for i := range rec {
			rec[i] = strings.Join(strings.Fields(rec[i]), " ")
		}
		units, err1 := strconv.Atoi(rec[3])
		price, err2 := strconv.ParseFloat(rec[4], 64)
		if err := errors.Join(err1, err2); err != nil {
			bad = append(bad, fmt.Sprintf("line %d: %v", line, err))
			continue
		}
		sales = append(sales, Sale{rec[0], rec[1], rec[2], units, price})
	}
	fmt.Println(len(sales), "sales;", len(bad), "bad")
	for _, b := range bad {
		fmt.Println(" ", b)
	}
	byRep := map[string]*Summary{}
	for _, s := range sales {
		sum, ok := byRep[s.Rep]
		if !ok {
			sum = &Summary{Rep: s.Rep, Region: s.Region, Products: map[string]bool{}}
			byRep[s.Rep] = sum
		}
		sum.Revenue += s.Total()
		sum.Units += s.Units
		sum.Products[s.Product] = true
	}
	list := make([]*Summary, 0, len(byRep))
	for _, s := range byRep {
		list = append(list, s)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Rep < list[j].Rep })
	sort.SliceStable(list, func(i, j int) bool { return list[i].Region < list[j].Region })
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "region\trep\tunits\trevenue\tproducts\t")
	for _, s := range list {
		prods := slices.Sorted(maps.Keys(s.Products))
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.2f\t%s\t\n", s.Region, s.Rep, s.Units, s.Revenue, strings.Join(prods, "+"))
		grand += s.Revenue
	}
	fmt.Fprintf(tw, "\t\t\t%.2f\t\t\n", grand)
	tw.Flush()
	w := csv.NewWriter(&buf)
	w.Write([]string{"rep", "revenue"})
	for _, s := range list {
		w.Write([]string{s.Rep, strconv.FormatFloat(s.Revenue, 'f', 1, 64)})
	}
	w.Write([]string{`say "hi", ok`, "0"})
	w.Flush()
	fmt.Print(buf.String())
	fmt.Println(w.Error())
	_, err = csv.NewReader(strings.NewReader("a,\"b\nc")).ReadAll()
	fmt.Println(err)
}

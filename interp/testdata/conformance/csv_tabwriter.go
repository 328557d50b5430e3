// Code generated from csv_tabwriter.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"maps"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

type key struct{ region, product string }

var buf bytes.Buffer

func main() {
	data := `region,product,units,price
north,widget,12,2.50
south,gadget,3,10.00
north,gadget,7,10.00
east,widget,20,2.50
south,widget,1,2.50
`
	r := csv.NewReader(strings.NewReader(data))
	recs, err := r.ReadAll()
	if err != nil {
		panic(err)
	}
	totals := map[key]float64{}
	regions := map[string]float64{}
	for _, rec := range recs[1:] {
		u, _ := strconv.Atoi(rec[2])
		p, _ := strconv.ParseFloat(rec[3], 64)
		totals[key{rec[0], rec[1]}] += float64(u) * p
		regions[rec[0]] += float64(u) * p
	}
	keys := make([]key, 0, len(totals))
	for k := range totals {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].region != keys[j].region {
			return keys[i].region < keys[j].region
		}
		return keys[i].product < keys[j].product
	})
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "region\tproduct\ttotal\t")
	for _, k := range keys {
		fmt.Fprintf(w, "%s\t%s\t%.2f\t\n", k.region, k.product, totals[k])
	}
	w.Flush()
	cw := csv.NewWriter(&buf)
	for _, reg := range slices.Sorted(maps.Keys(regions)) {
		cw.Write([]string{reg, strconv.FormatFloat(regions[reg], 'f', 1, 64), `say "hi", ok`})
	}
	cw.Flush()
	fmt.Print(buf.String())
	_, err = csv.NewReader(strings.NewReader("a,b\nc\n")).ReadAll()
	fmt.Println(err)
}

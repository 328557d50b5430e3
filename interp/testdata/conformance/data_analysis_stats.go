// Code generated from data_analysis_stats.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Notebook-style data analysis: parse CSV text into records, compute
// summary statistics per group (mean, stddev, median, percentiles),
// a text histogram, correlation, and a ranked table.
//
//line testdata/conformance/data_analysis_stats.gos/_.go:1:1
const data = `city,month,temp,rain
Oslo,1,-4.3,49
Oslo,4,4.5,41
Oslo,7,16.4,81
Oslo,10,6.3,84
Rome,1,7.5,67
Rome,4,13.8,65
Rome,7,24.9,19
Rome,10,17.8,113
Cairo,1,14.0,5
Cairo,4,21.2,1
Cairo,7,28.0,0
Cairo,10,23.7,1
Lima,1,22.6,1
Lima,4,20.6,0
Lima,7,16.3,1
Lima,10,16.8,0`

type Obs struct {
	City  string
	Month int
	Temp  float64
	Rain  float64
}

type Summary struct {
	N                   int
	Mean, Std, Med, P90 float64
	Min, Max            float64
}

func summarize(xs []float64) Summary {
	s := Summary{N: len(xs)}
	if len(xs) == 0 {
		return s
	}
	sorted := slices.Clone(xs)
	slices.Sort(sorted)
	s.Min, s.Max = sorted[0], sorted[len(sorted)-1]
	for _, x := range xs {
		s.Mean += x
	}
	s.Mean /= float64(len(xs))
	for _, x := range xs {
		s.Std += (x - s.Mean) * (x - s.Mean)
	}
	s.Std = math.Sqrt(s.Std / float64(len(xs)-1))
	pct := func(p float64) float64 {
		pos := p * float64(len(sorted)-1)
		lo := int(math.Floor(pos))
		hi := min(lo+1, len(sorted)-1)
		return sorted[lo] + (sorted[hi]-sorted[lo])*(pos-float64(lo))
	}
	s.Med, s.P90 = pct(0.5), pct(0.9)
	return s
}

func corr(xs, ys []float64) float64 {
	mx, my := summarize(xs).Mean, summarize(ys).Mean
	var sxy, sxx, syy float64
	for i := range xs {
		dx, dy := xs[i]-mx, ys[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	return sxy / math.Sqrt(sxx*syy)
}

var obs []Obs

type row struct {
	city string
	temp Summary
	rain float64
}

var table []row

var temps, rains []float64

func main() {
	r := csv.NewReader(strings.NewReader(data))
	rows, err := r.ReadAll()
	if err != nil {
		panic(err)
	}
	for _, row := range rows[1:] {
		m, _ := strconv.Atoi(row[1])
		t, _ := strconv.ParseFloat(row[2], 64)
		rain, _ := strconv.ParseFloat(row[3], 64)
		obs = append(obs, Obs{row[0], m, t, rain})
	}
	byCity := map[string][]Obs{}
	for _, o := range obs {
		byCity[o.City] = append(byCity[o.City], o)
	}
	for city, os := range byCity {
		var temps []float64
		rain := 0.0
		for _, o := range os {
			temps = append(temps, o.Temp)
			rain += o.Rain
		}
		table = append(table, row{city, summarize(temps), rain})
	}
	slices.SortFunc(table, func(a, b row) int { return cmp.Compare(b.temp.Mean, a.temp.Mean) })
	fmt.Printf("%-6s %6s %6s %6s %6s %6s %7s\n", "city", "mean", "std", "median", "p90", "range", "rain")
	for _, t := range table {
		fmt.Printf("%-6s %6.2f %6.2f %6.2f %6.2f %6.1f %7.0f\n", t.city, t.temp.Mean, t.temp.Std, t.temp.Med, t.temp.P90, t.temp.Max-t.temp.Min, t.rain)
	}
	for _, o := range obs {
		temps = append(temps, o.Temp)
		rains = append(rains, o.Rain)
	}
	all := summarize(temps)
	fmt.Printf("all: %+v\n", all)
	fmt.Printf("corr(temp, rain) = %.3f\n", corr(temps, rains))
	buckets := make([]int, 4)
	for _, t := range temps {
		b := int((t + 10) / 10)
		b = max(0, min(b, len(buckets)-1))
		buckets[b]++
	}
	for i, c := range buckets {
		fmt.Printf("%4d..%-4d|%s %d\n", i*10-10, i*10, strings.Repeat("█", c), c)
	}
	months := map[int][]float64{}
	for _, o := range obs {
		months[o.Month] = append(months[o.Month], o.Temp)
	}
	for _, m := range slices.Sorted(maps.Keys(months)) {
		s := summarize(months[m])
		fmt.Printf("%s: %5.1f±%.1f ", time.Month(m).String()[:3], s.Mean, s.Std)
	}
	fmt.Println()
}

// Code generated from log_analyzer.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bufio"
	"cmp"
	"fmt"
	"maps"
	"math"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

// A log analyzer: bufio.Scanner over a multi-line string, regexp with
// named groups, time parsing, per-level and per-minute aggregation,
// percentiles of latencies, and a report with text/tabwriter.
//
//line testdata/conformance/log_analyzer.gos/_.go:1:1
const logs = `2024-05-01T10:00:01Z INFO  api  GET /users 200 12ms
2024-05-01T10:00:02Z INFO  api  GET /users/7 200 8ms
2024-05-01T10:00:30Z WARN  db   slow query users 0 350ms
2024-05-01T10:01:05Z INFO  api  POST /users 201 40ms
garbage line without structure
2024-05-01T10:01:06Z ERROR api  GET /orders 500 1.2s
2024-05-01T10:01:59Z INFO  api  GET /orders 200 95ms
2024-05-01T10:02:00Z DEBUG cache miss key=user:7 0 150µs
2024-05-01T10:02:10Z ERROR db   connection reset 0 2s
`

type Entry struct {
	At      time.Time
	Level   string
	Service string
	Msg     string
	Code    int
	Latency time.Duration
}

var entries []Entry

var bad []int

var sum time.Duration

func main() {
	re := regexp.MustCompile(`^(?P<ts>\S+)\s+(?P<level>[A-Z]+)\s+(?P<svc>\w+)\s+(?P<msg>.*?)\s+(?P<code>\d+)\s+(?P<dur>\S+)$`)
	sc := bufio.NewScanner(strings.NewReader(logs))
	lineNo := 0
	for sc.Scan() {
		lineNo++
		m := re.FindStringSubmatch(sc.Text())
		if m == nil {
			bad = append(bad, lineNo)
			continue
		}
		get := func(name string) string { return m[re.SubexpIndex(name)] }
		at, err := time.Parse(time.RFC3339, get("ts"))
		if err != nil {
			bad = append(bad, lineNo)
			continue
		}
		code, _ := strconv.Atoi(get("code"))
		d, err := time.ParseDuration(get("dur"))
		if err != nil {
			bad = append(bad, lineNo)
			continue
		}
		entries = append(entries, Entry{at, get("level"), get("svc"), get("msg"), code, d})
	}
	fmt.Println(len(entries), "entries; bad lines:", bad, "err:", sc.Err())
	byLevel := map[string][]Entry{}
	perMinute := map[string]int{}
	for _, e := range entries {
		byLevel[e.Level] = append(byLevel[e.Level], e)
		perMinute[e.At.Format("15:04")]++
	}
	levels := slices.SortedFunc(maps.Keys(byLevel), func(a, b string) int {
		order := map[string]int{"DEBUG": 0, "INFO": 1, "WARN": 2, "ERROR": 3}
		return order[b] - order[a]
	})
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 1, ' ', 0)
	fmt.Fprintln(tw, "LEVEL\tCOUNT\tMAX LATENCY\tSERVICES")
	for _, l := range levels {
		es := byLevel[l]
		maxLat := slices.MaxFunc(es, func(a, b Entry) int { return cmp.Compare(a.Latency, b.Latency) }).Latency
		svcs := map[string]bool{}
		for _, e := range es {
			svcs[e.Service] = true
		}
		fmt.Fprintf(tw, "%s\t%d\t%v\t%s\n", l, len(es), maxLat, strings.Join(slices.Sorted(maps.Keys(svcs)), ","))
	}
	tw.Flush()
	for _, m := range slices.Sorted(maps.Keys(perMinute)) {
		fmt.Printf("%s %s\n", m, strings.Repeat("#", perMinute[m]))
	}
	lat := make([]time.Duration, 0, len(entries))
	for _, e := range entries {
		if e.Service == "api" {
			lat = append(lat, e.Latency)
		}
	}
	slices.Sort(lat)
	pct := func(p float64) time.Duration {
		i := int(math.Ceil(p*float64(len(lat)))) - 1
		return lat[max(i, 0)]
	}
	fmt.Println("api latencies:", lat)
	fmt.Println("p50", pct(0.5), "p90", pct(0.9), "p100", pct(1))
	for _, d := range lat {
		sum += d
	}
	fmt.Println("mean", (sum / time.Duration(len(lat))).Round(time.Millisecond))
	first, last := entries[0].At, entries[len(entries)-1].At
	fmt.Println("span", last.Sub(first), "errors/min", float64(len(byLevel["ERROR"]))/last.Sub(first).Minutes())
	paths := regexp.MustCompile(`(GET|POST) (/\w+)(/\d+)?`)
	hits := map[string]int{}
	for _, e := range entries {
		if sm := paths.FindStringSubmatch(e.Msg); sm != nil {
			hits[sm[1]+" "+sm[2]]++
		}
	}
	fmt.Println(hits)
	fmt.Println(re.SubexpNames()[1:], re.NumSubexp())
}

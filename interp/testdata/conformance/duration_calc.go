// Code generated from duration_calc.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"time"
)

// Durations: parsing, arithmetic, rounding and formatting, plus calendar
// math on fixed dates (no wall clock).
//
//line testdata/conformance/duration_calc.gos/_.go:1:1
type Task struct {
	Name string
	Est  time.Duration
	Done time.Duration
}

func (t Task) Remaining() time.Duration {
	if r := t.Est - t.Done; r > 0 {
		return r
	}
	return 0
}

func (t Task) String() string {
	return fmt.Sprintf("%-8s est=%-8v done=%-8v left=%v", t.Name, t.Est, t.Done, t.Remaining())
}

func mustParse(s string) time.Duration {
	d, err := time.ParseDuration(s)
	if err != nil {
		panic(err)
	}
	return d
}

var total, left time.Duration

func main() {
	tasks := []Task{
		{"design", mustParse("3h30m"), mustParse("2h15m30s")},
		{"build", mustParse("12h"), mustParse("13h5m")},
		{"test", 90 * time.Minute, 0},
		{"deploy", mustParse("45m"), mustParse("44m59.5s")},
	}
	for _, t := range tasks {
		fmt.Println(t)
		total += t.Est
		left += t.Remaining()
	}
	fmt.Println("total", total, "left", left, "hours", left.Hours(), "mins", left.Minutes())
	fmt.Printf("%.2f%% done\n", 100*(1-float64(left)/float64(total)))
	slices.SortFunc(tasks, func(a, b Task) int { return cmp.Compare(b.Remaining(), a.Remaining()) })
	for _, t := range tasks {
		fmt.Print(t.Name, " ")
	}
	fmt.Println()
	for _, s := range []string{"1.5h", "-2m3s", "300ms", "1h2m3.456789s", "2us", "bogus", "1d"} {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(s, "=", d, d.Round(time.Second), d.Truncate(time.Minute), d.Milliseconds(), int64(d))
	}
	d := 1234567891 * time.Nanosecond
	for _, r := range []time.Duration{time.Microsecond, time.Millisecond, time.Second, 10 * time.Second, time.Hour} {
		fmt.Printf("round %v: %v\n", r, d.Round(r))
	}
	fmt.Println(time.Duration(0), time.Duration(1), -time.Minute, time.Duration(math.MaxInt64))
	fmt.Printf("%d %v %s %.1f\n", time.Second, time.Second, 2*time.Second, (1500 * time.Millisecond).Seconds())
	start := time.Date(2024, time.January, 31, 22, 30, 0, 0, time.UTC)
	end := start.Add(mustParse("50h15m"))
	fmt.Println(start.Format(time.RFC3339), "->", end.Format("Mon Jan 2 15:04 2006"))
	fmt.Println(end.Sub(start), end.After(start), start.Weekday(), end.YearDay())
	fmt.Println(start.AddDate(0, 1, 0).Format("2006-01-02"), start.AddDate(1, 1, 1).Format(time.DateOnly))
	deadline := time.Date(2024, time.March, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println("until deadline:", deadline.Sub(start), deadline.Sub(start).Round(time.Hour).Hours()/24, "days")
	for t := start; t.Before(start.Add(72 * time.Hour)); t = t.Add(24 * time.Hour) {
		fmt.Print(t.Format("Jan _2 Mon"), "|")
	}
	fmt.Println()
	tz := time.FixedZone("UTC+5:30", 5*3600+1800)
	fmt.Println(start.In(tz).Format("2006-01-02 15:04 MST -0700"), start.Equal(start.In(tz)))
	p, err := time.Parse("2006-01-02 15:04", "2024-02-29 07:45")
	fmt.Println(p, err, p.Month(), int(p.Month()), p.Unix())
	_, err = time.Parse("2006-01-02", "2023-02-29")
	fmt.Println(err)
}

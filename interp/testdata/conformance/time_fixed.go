// Code generated from time_fixed.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
	"time"
)

var zero time.Time

type Event struct {
	Name string
	At   time.Time
	Dur  time.Duration
}

func main() {
	start := time.Date(2024, time.February, 28, 22, 30, 0, 0, time.UTC)
	end := start.Add(26*time.Hour + 45*time.Minute)
	fmt.Println(start, "|", end)
	fmt.Println(end.Sub(start), end.Sub(start).Hours(), end.Weekday(), end.YearDay())
	fmt.Println(start.AddDate(0, 1, 1).Format("2006-01-02 Mon"), start.AddDate(1, 0, 1).Format(time.RFC3339))
	d := 90*time.Minute + 30*time.Second + 5*time.Millisecond
	fmt.Println(d, d.Round(time.Minute), d.Truncate(time.Hour), d.Seconds(), d.Minutes())
	t, err := time.Parse("2006-01-02 15:04", "2023-12-31 23:59")
	fmt.Println(t, err, t.Add(time.Minute).Year())
	_, err = time.Parse("2006-01-02", "2023-13-01")
	fmt.Println(err)
	days := []time.Time{end, start, t}
	sort.Slice(days, func(i, j int) bool { return days[i].Before(days[j]) })
	for _, x := range days {
		fmt.Print(x.Format("Jan 2 2006 3:04PM"), "; ")
	}
	fmt.Println()
	fmt.Println(start.Equal(start.In(time.FixedZone("X", 3600))), start.In(time.FixedZone("X", 3600)).Hour())
	y, w := end.ISOWeek()
	fmt.Println(y, w, end.Month(), int(end.Month()), end.Unix())
	fmt.Println(zero.IsZero(), time.Duration(1500)*time.Microsecond, time.Duration(0))
	deadline := start.Truncate(24 * time.Hour)
	fmt.Println(deadline, start.Sub(deadline) > 22*time.Hour)
	ev := Event{"meeting", start, 45 * time.Minute}
	fmt.Printf("%v\n%+v\n", ev.At.Add(ev.Dur).Format(time.Kitchen), ev.Dur)
}

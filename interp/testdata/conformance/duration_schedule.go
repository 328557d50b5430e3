// Code generated from duration_schedule.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math"
	"time"
)

// time.Duration arithmetic and formatting, a fixed-date schedule with
// Add/Sub/Truncate/Round, and parsing durations from config strings.
//
//line testdata/conformance/duration_schedule.gos/_.go:1:1
type Shift struct {
	Name  string
	Start time.Time
	Len   time.Duration
}

func (s Shift) End() time.Time { return s.Start.Add(s.Len) }

func (s Shift) Overlaps(o Shift) bool {
	return s.Start.Before(o.End()) && o.Start.Before(s.End())
}

func humanize(d time.Duration) string {
	if d < 0 {
		return "-" + humanize(-d)
	}
	days := d / (24 * time.Hour)
	d -= days * 24 * time.Hour
	h := d / time.Hour
	d -= h * time.Hour
	m := d / time.Minute
	switch {
	case days > 0:
		return fmt.Sprintf("%dd%02dh", days, h)
	case h > 0:
		return fmt.Sprintf("%dh%02dm", h, m)
	default:
		return fmt.Sprintf("%dm%02ds", m, int(d%time.Minute/time.Second))
	}
}

var total time.Duration

func main() {
	base := time.Date(2024, time.March, 9, 22, 30, 0, 0, time.UTC)
	shifts := []Shift{
		{"night", base, 8*time.Hour + 30*time.Minute},
		{"early", base.Add(7 * time.Hour), 4 * time.Hour},
		{"late", time.Date(2024, 3, 10, 15, 0, 0, 0, time.UTC), 90 * time.Minute},
	}
	for _, s := range shifts {
		fmt.Printf("%-6s %s -> %s (%v, %s)\n", s.Name, s.Start.Format("Mon 15:04"), s.End().Format(time.Kitchen), s.Len, humanize(s.Len))
	}
	for i := range shifts {
		for j := i + 1; j < len(shifts); j++ {
			if shifts[i].Overlaps(shifts[j]) {
				ov := shifts[i].End().Sub(shifts[j].Start)
				fmt.Println(shifts[i].Name, "overlaps", shifts[j].Name, "by", ov)
			}
		}
	}
	for _, s := range shifts {
		total += s.Len
	}
	fmt.Println("total", total, total.Hours(), total.Minutes(), int64(total))
	avg := total / time.Duration(len(shifts))
	fmt.Println("avg", avg, avg.Round(time.Minute), avg.Truncate(time.Hour))
	for _, in := range []string{"1h30m", "90s", "1.5h", "-2m3.5s", "300ms", "2d", "", "1h 5m", "5us", "1µs"} {
		d, err := time.ParseDuration(in)
		if err != nil {
			fmt.Printf("%-8q error: %v\n", in, err)
			continue
		}
		fmt.Printf("%-8q %-10v %s %.3f\n", in, d, humanize(d), d.Seconds())
	}
	fmt.Println(time.Duration(1), time.Duration(1500), 2*time.Millisecond+3*time.Microsecond, time.Duration(0))
	fmt.Println(time.Duration(math.MaxInt64), time.Duration(-90)*time.Second)
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Round(time.Hour), d.Round(time.Second), d.Truncate(time.Minute), d.String() == fmt.Sprint(d))
	fmt.Printf("%d %v %s %.1f\n", d, d, d/time.Minute*time.Minute, d.Minutes())
	end := base.Add(36 * time.Hour)
	fmt.Println(end.Format(time.RFC3339), end.Sub(base), end.Weekday(), end.YearDay())
	fmt.Println(base.AddDate(0, 1, -9).Format("2006-01-02"), base.Truncate(24*time.Hour).Format(time.DateTime))
	t1, err := time.Parse("2006-01-02 15:04", "2024-02-28 23:59")
	fmt.Println(t1.Add(2*time.Minute).Format("Jan 2 15:04"), err, t1.Month(), t1.Equal(t1.UTC()))
	deadline := base.Add(45 * time.Minute)
	fmt.Println(deadline.After(base), deadline.Sub(base) > 30*time.Minute, base.Compare(deadline))
}

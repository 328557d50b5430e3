// Code generated from time_format_dates.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"time"
)

var zero time.Time

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano))
	fmt.Println(t.Format("2006-01-02 15:04:05.000"), t.Format("Mon Jan 2 03:04PM"), t.Format(time.Kitchen))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Hour())
	next := t.AddDate(1, 0, 0)
	fmt.Println(next.Format("2006-01-02"), next.Weekday())
	fmt.Println(t.Add(36 * time.Hour).Format(time.DateTime))
	d := next.Sub(t)
	fmt.Println(d, d.Hours(), int(d.Hours()/24))
	fmt.Println(t.Truncate(time.Hour).Format(time.TimeOnly), t.Round(time.Minute).Format(time.TimeOnly))
	y, w := t.ISOWeek()
	fmt.Println(y, w)
	durs := []time.Duration{0, 1500 * time.Millisecond, 90 * time.Second, 26*time.Hour + 3*time.Minute, 750 * time.Microsecond, 42 * time.Nanosecond, -5 * time.Minute}
	for _, d := range durs {
		fmt.Printf("%v %s %d %.2f\n", d, d.String(), d.Milliseconds(), d.Minutes())
	}
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, err, pd.Seconds(), pd.Round(time.Minute), pd.Truncate(time.Hour))
	_, err = time.ParseDuration("5 parsecs")
	fmt.Println(err)
	p, err := time.Parse("2006-01-02 15:04", "2023-12-31 23:59")
	fmt.Println(p, err, p.Add(time.Minute).Year())
	_, err = time.Parse("2006-01-02", "2023-13-01")
	fmt.Println(err)
	loc := time.FixedZone("UTC+3", 3*60*60)
	fmt.Println(t.In(loc).Format(time.RFC1123Z), t.In(loc).Equal(t))
	a := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2020, 1, 1, 0, 0, 0, 0, loc)
	fmt.Println(a.Before(b), a.After(b), b.Sub(a), a.Unix(), a.UnixMilli())
	fmt.Println(time.Unix(1700000000, 0).UTC(), time.Month(13), time.Saturday)
	fmt.Println(time.Date(2023, 2, 31, 0, 0, 0, 0, time.UTC).Format("Jan 2"))
	fmt.Println(zero.IsZero(), zero)
}

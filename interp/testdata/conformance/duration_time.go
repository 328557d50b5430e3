// Code generated from duration_time.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"time"
)

type Timeout struct {
	Name string
	D    time.Duration
}

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Truncate(time.Hour))
	fmt.Println(1500*time.Millisecond, 2*time.Microsecond+500*time.Nanosecond, time.Duration(0))
	fmt.Printf("%v %s %d\n", time.Second, 3*time.Hour+2*time.Second, time.Millisecond)
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, err, pd.Seconds())
	t0 := time.Date(2024, time.February, 28, 23, 30, 0, 0, time.UTC)
	t1 := t0.Add(2 * time.Hour)
	fmt.Println(t1.Format("2006-01-02 15:04"), t1.Weekday(), t1.YearDay(), t1.Sub(t0))
	fmt.Println(t0.Format(time.RFC3339), t0.Month(), t0.Before(t1))
	pt, err := time.Parse("2006-01-02", "2025-12-31")
	fmt.Println(pt.AddDate(0, 0, 1).Format("Jan 2, 2006"), err)
	fmt.Printf("%v %+v\n", Timeout{"x", time.Second}, []time.Duration{time.Millisecond, time.Minute})
	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	fmt.Println(time.Since(start) >= 2*time.Millisecond)
}

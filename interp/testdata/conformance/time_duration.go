// Code generated from time_duration.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), time.Duration(1500)*time.Millisecond)
	t := time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC)
	fmt.Println(t.Format("2006-01-02"), t.Weekday(), t.AddDate(0, 0, 1).Format(time.DateOnly))
}

package kbench_test

import (
	"fmt"
	"time"

	"github.com/gograd/gograd/kernel/kbench"
)

// Round trips are summarized by their median and spread.
func Example() {
	rtts := []time.Duration{900 * time.Microsecond, 600 * time.Microsecond, 700 * time.Microsecond, 5 * time.Millisecond, 650 * time.Microsecond}
	fmt.Println(kbench.Median(rtts), kbench.Quantile(rtts, 0), kbench.Quantile(rtts, 1))
	// Output: 700µs 600µs 5ms
}

package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
)

// benchmark is one `gograd bench` subject. It prints a table for people, or
// with jsonOut one JSON object per measurement per line.
type benchmark struct {
	summary string
	run     func(args []string, jsonOut bool) error
}

var benchmarks = map[string]benchmark{}

func registerBench(name, summary string, run func(args []string, jsonOut bool) error) {
	if _, dup := benchmarks[name]; dup {
		panic("gograd: benchmark registered twice: " + name)
	}
	benchmarks[name] = benchmark{summary: summary, run: run}
}

func init() {
	register("bench", "measure speed against baselines (gograd bench -h)", runBench)
}

func runBench(args []string) int {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	jsonOut := fs.Bool("json", false, "print one JSON object per measurement per line")
	fs.Usage = func() {
		fmt.Fprintln(os.Stderr, "Usage: gograd bench [--json] [subject ...] [subject flags]\n\nSubjects (none means all):")
		names := make([]string, 0, len(benchmarks))
		for n := range benchmarks {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			fmt.Fprintf(os.Stderr, "  %-8s %s\n", n, benchmarks[n].summary)
		}
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	rest := fs.Args()
	var subjects []string
	var extra []string
	for i, a := range rest {
		if _, ok := benchmarks[a]; ok {
			subjects = append(subjects, a)
			continue
		}
		extra = rest[i:]
		break
	}
	if len(subjects) == 0 && len(extra) > 0 {
		fmt.Fprintf(os.Stderr, "gograd bench: unknown subject %q\n", extra[0])
		fs.Usage()
		return 2
	}
	if len(subjects) == 0 {
		for n := range benchmarks {
			subjects = append(subjects, n)
		}
		sort.Strings(subjects)
	}
	status := 0
	for _, s := range subjects {
		if err := benchmarks[s].run(extra, *jsonOut); err != nil {
			fmt.Fprintf(os.Stderr, "gograd bench %s: %v\n", s, err)
			status = 1
		}
	}
	return status
}

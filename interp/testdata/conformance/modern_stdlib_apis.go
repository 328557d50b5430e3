// Code generated from modern_stdlib_apis.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Go 1.21-1.25 standard library APIs a notebook user reaches for:
// WaitGroup.Go, slices.Concat/Repeat/Chunk/Backward/AppendSeq,
// SortedStableFunc, CompareFunc, maps.Collect/Insert, strings.Lines and
// FieldsSeq, cmp.Or, and min/max builtins.
//
//line testdata/conformance/modern_stdlib_apis.gos/_.go:1:1
type Player struct {
	Name  string
	Score int
	Team  string
}

var wg sync.WaitGroup

func main() {
	players := []Player{{"ann", 30, "red"}, {"bob", 25, "blue"}, {"cy", 30, "blue"}, {"dee", 18, "red"}, {"eve", 25, "red"}}
	doubled := make([]int, len(players))
	for i, p := range players {
		wg.Go(func() { doubled[i] = p.Score * 2 })
	}
	wg.Wait()
	fmt.Println(doubled)
	byScore := slices.SortedStableFunc(slices.Values(players), func(a, b Player) int { return cmp.Compare(b.Score, a.Score) })
	for _, p := range byScore {
		fmt.Print(p.Name, ":", p.Score, " ")
	}
	fmt.Println()
	ranked := slices.Clone(players)
	slices.SortFunc(ranked, func(a, b Player) int {
		return cmp.Or(strings.Compare(a.Team, b.Team), cmp.Compare(b.Score, a.Score), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(ranked)
	for i, chunk := range slices.Collect(slices.Chunk(players, 2)) {
		names := []string{}
		for _, p := range chunk {
			names = append(names, p.Name)
		}
		fmt.Println("heat", i+1, names)
	}
	for i, p := range slices.Backward(players[:3]) {
		fmt.Print(i, p.Name, " ")
	}
	fmt.Println()
	teams := map[string][]string{}
	for _, p := range players {
		teams[p.Team] = append(teams[p.Team], p.Name)
	}
	index := maps.Collect(slices.All(slices.Sorted(maps.Keys(teams))))
	maps.Insert(index, maps.All(map[int]string{9: "green"}))
	fmt.Println(index, len(index))
	lens := func(a []string, b []int) int {
		return slices.CompareFunc(a, b, func(s string, n int) int { return cmp.Compare(len(s), n) })
	}
	fmt.Println(lens([]string{"ab", "c"}, []int{2, 1}), lens([]string{"ab"}, []int{1}), lens(nil, []int{0}))
	all := slices.Concat(teams["red"], teams["blue"], slices.Repeat([]string{"tbd"}, 2))
	fmt.Println(all, len(all))
	ids := slices.AppendSeq([]int{0}, maps.Keys(map[int]bool{7: true}))
	fmt.Println(ids)
	report := "alpha 1\nbeta  22\n\ngamma 333\n"
	total := 0
	for line := range strings.Lines(report) {
		fields := slices.Collect(strings.FieldsSeq(line))
		if len(fields) != 2 {
			fmt.Printf("skip %q\n", line)
			continue
		}
		n, _ := strconv.Atoi(fields[1])
		total += n
		fmt.Printf("%-6s %4d\n", fields[0], n)
	}
	fmt.Println("total", total, min(total, 100), max(len(report), 3), cmp.Or(0, total))
}

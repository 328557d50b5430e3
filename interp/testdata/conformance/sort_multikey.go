// Code generated from sort_multikey.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Stable sorts with several keys: sort.SliceStable, slices.SortStableFunc
// with cmp.Or, binary search over the sorted result, and grouping runs.
//
//line testdata/conformance/sort_multikey.gos/_.go:1:1
type Employee struct {
	Name   string
	Dept   string
	Level  int
	Salary float64
}

type group struct {
	dept  string
	count int
	sum   float64
}

var groups []group

func main() {
	emps := []Employee{
		{"Ann", "eng", 3, 120000},
		{"Bob", "ops", 2, 85000},
		{"Cid", "eng", 2, 95000},
		{"Dee", "eng", 3, 120000},
		{"Eve", "sales", 1, 60000},
		{"Fay", "ops", 2, 85000},
		{"Gus", "eng", 1, 70000},
		{"Hal", "sales", 3, 99000},
		{"Ivy", "ops", 3, 101000},
	}
	byDeptSalary := slices.Clone(emps)
	slices.SortStableFunc(byDeptSalary, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			-cmp.Compare(a.Salary, b.Salary),
			strings.Compare(b.Name, a.Name),
		)
	})
	for _, e := range byDeptSalary {
		fmt.Printf("%-5s %-4s L%d %9.0f\n", e.Dept, e.Name, e.Level, e.Salary)
	}
	byLevel := slices.Clone(emps)
	sort.SliceStable(byLevel, func(i, j int) bool { return byLevel[i].Level > byLevel[j].Level })
	names := make([]string, len(byLevel))
	for i, e := range byLevel {
		names[i] = fmt.Sprintf("%s%d", e.Name, e.Level)
	}
	fmt.Println(strings.Join(names, ","))
	for i := 0; i < len(byDeptSalary); {
		j := i
		g := group{dept: byDeptSalary[i].Dept}
		for j < len(byDeptSalary) && byDeptSalary[j].Dept == g.dept {
			g.count++
			g.sum += byDeptSalary[j].Salary
			j++
		}
		groups = append(groups, g)
		i = j
	}
	slices.SortFunc(groups, func(a, b group) int { return cmp.Compare(b.sum/float64(b.count), a.sum/float64(a.count)) })
	for _, g := range groups {
		fmt.Printf("%+v avg=%.1f\n", g, g.sum/float64(g.count))
	}
	idx, found := slices.BinarySearchFunc(byDeptSalary, "ops", func(e Employee, d string) int { return cmp.Compare(e.Dept, d) })
	fmt.Println("first ops at", idx, found, byDeptSalary[idx].Name)
	idx, found = slices.BinarySearchFunc(byDeptSalary, "hr", func(e Employee, d string) int { return cmp.Compare(e.Dept, d) })
	fmt.Println("hr would go at", idx, found)
	levels := make([]int, 0)
	for _, e := range emps {
		levels = append(levels, e.Level)
	}
	slices.Sort(levels)
	fmt.Println(levels, slices.Compact(slices.Clone(levels)), len(levels))
	salaries := []float64{}
	for _, e := range emps {
		salaries = append(salaries, e.Salary)
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(salaries)))
	fmt.Println(salaries[:3], sort.Float64sAreSorted(salaries), slices.IsSortedFunc(salaries, func(a, b float64) int { return cmp.Compare(b, a) }))
	mx := slices.MaxFunc(emps, func(a, b Employee) int { return cmp.Compare(a.Salary, b.Salary) })
	mn := slices.MinFunc(emps, func(a, b Employee) int { return cmp.Compare(a.Level, b.Level) })
	fmt.Println(mx.Name, mn.Name)
	i := sort.Search(len(levels), func(i int) bool { return levels[i] >= 2 })
	fmt.Println("first level>=2 at", i)
}

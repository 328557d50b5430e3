// Code generated from sort_custom_stable.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
	"strings"
)

//line testdata/conformance/sort_custom_stable.gos/_.go:1:1
type Person struct {
	Name string
	Age  int
	City string
}

type byAge []Person

func (a byAge) Len() int { return len(a) }

func (a byAge) Swap(i, j int) { a[i], a[j] = a[j], a[i] }

func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	people := []Person{
		{"Alice", 30, "Paris"},
		{"Bob", 25, "Berlin"},
		{"Carol", 30, "Berlin"},
		{"Dave", 25, "Paris"},
		{"Eve", 35, "Rome"},
		{"Frank", 25, "Rome"},
	}
	sorted := make([]Person, len(people))
	copy(sorted, people)
	sort.Stable(byAge(sorted))
	for _, p := range sorted {
		fmt.Printf("%-6s %d %s\n", p.Name, p.Age, p.City)
	}
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].City < sorted[j].City })
	names := []string{}
	for _, p := range sorted {
		names = append(names, p.Name)
	}
	fmt.Println(strings.Join(names, ","))
	sort.Slice(people, func(i, j int) bool {
		if people[i].Age != people[j].Age {
			return people[i].Age > people[j].Age
		}
		return people[i].Name < people[j].Name
	})
	fmt.Println(people)
	fmt.Println(sort.IsSorted(byAge(people)), sort.SliceIsSorted(people, func(i, j int) bool { return people[i].Age > people[j].Age }))
	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	sort.Ints(ints)
	fmt.Println(ints, sort.SearchInts(ints, 8), sort.SearchInts(ints, 4))
	idx := sort.Search(len(ints), func(i int) bool { return ints[i] >= 6 })
	fmt.Println("first >= 6 at", idx, ints[idx])
	words := []string{"pear", "Apple", "fig", "banana"}
	sort.Strings(words)
	fmt.Printf("%q\n", words)
	fl := sort.Float64Slice{2.5, -1, 3.25, 0}
	fl.Sort()
	fmt.Println(fl, fl.Search(2.5))
}

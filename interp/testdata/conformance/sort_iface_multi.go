// Code generated from sort_iface_multi.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

//line testdata/conformance/sort_iface_multi.gos/_.go:1:1
type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int { return len(a) }

func (a ByAge) Swap(i, j int) { a[i], a[j] = a[j], a[i] }

func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type lessFunc func(p1, p2 *Person) bool

type multiSorter struct {
	people []Person
	less   []lessFunc
}

func (ms *multiSorter) Len() int { return len(ms.people) }

func (ms *multiSorter) Swap(i, j int) { ms.people[i], ms.people[j] = ms.people[j], ms.people[i] }

func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.people[i], &ms.people[j]
	var k int
	for k = 0; k < len(ms.less)-1; k++ {
		less := ms.less[k]
		switch {
		case less(p, q):
			return true
		case less(q, p):
			return false
		}
	}
	return ms.less[k](p, q)
}

func OrderedBy(less ...lessFunc) *multiSorter { return &multiSorter{less: less} }

func (ms *multiSorter) Sort(people []Person) {
	ms.people = people
	sort.Sort(ms)
}

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people[0], sort.IsSorted(ByAge(people)))
	name := func(p1, p2 *Person) bool { return p1.Name < p2.Name }
	age := func(p1, p2 *Person) bool { return p1.Age < p2.Age }
	OrderedBy(age, name).Sort(people)
	fmt.Println(people)
	OrderedBy(func(a, b *Person) bool { return a.Age > b.Age }, name).Sort(people)
	fmt.Println(people)
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	ints := []int{5, 2, 9}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.SearchInts([]int{1, 3, 5}, 4))
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(a.Name[0]%2, b.Name[0]%2) })
	fmt.Println(people)
}

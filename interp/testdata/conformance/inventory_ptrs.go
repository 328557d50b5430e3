// Code generated from inventory_ptrs.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
)

//line testdata/conformance/inventory_ptrs.gos/_.go:1:1
type Item struct {
	Name  string
	Qty   int
	Price float64
	Tags  []string
}

func main() {
	inv := map[string]*Item{}
	add := func(name string, qty int, price float64, tags ...string) {
		if it, ok := inv[name]; ok {
			it.Qty += qty
			it.Tags = append(it.Tags, tags...)
			return
		}
		inv[name] = &Item{name, qty, price, tags}
	}
	add("apple", 10, 0.5, "fruit")
	add("pear", 4, 0.75, "fruit")
	add("nail", 1000, 0.01, "hw")
	add("apple", 5, 0.5, "red")
	vals := map[string]Item{}
	for k, v := range inv {
		vals[k] = *v
	}
	inv["pear"].Qty = 0
	v := vals["apple"]
	v.Qty = -1
	fmt.Println(vals["apple"].Qty, vals["pear"].Qty, inv["apple"].Tags)
	names := make([]string, 0, len(inv))
	for n := range inv {
		names = append(names, n)
	}
	sort.Strings(names)
	total := 0.0
	for _, n := range names {
		it := inv[n]
		val := float64(it.Qty) * it.Price
		total += val
		fmt.Printf("%-8s %5d x %6.2f = %8.2f %v\n", it.Name, it.Qty, it.Price, val, it.Tags)
	}
	fmt.Printf("total %.2f\n", total)
	delete(inv, "nail")
	_, ok := inv["nail"]
	fmt.Println(len(inv), ok)
	byTag := map[string][]*Item{}
	for _, n := range names {
		if it, ok := inv[n]; ok {
			for _, t := range it.Tags {
				byTag[t] = append(byTag[t], it)
			}
		}
	}
	byTag["fruit"][0].Price = 9
	fmt.Println(inv["apple"].Price, len(byTag["fruit"]), byTag["red"][0].Name)
	counts := map[string]struct{ n int }{}
	c := counts["x"]
	c.n++
	counts["x"] = c
	fmt.Println(counts)
}

// Code generated from inventory_nested_maps.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
)

// Maps of slices of structs, maps of maps, struct values in maps (copy,
// modify, store back), pointers in maps, and sorted reports.
//
//line testdata/conformance/inventory_nested_maps.gos/_.go:1:1
type Item struct {
	SKU   string
	Qty   int
	Price float64
	Tags  []string
}

type Warehouse struct {
	Name  string
	Stock map[string][]Item
}

type Summary struct {
	Count int
	Total float64
	SKUs  []string
}

func main() {
	wh := Warehouse{Name: "main", Stock: map[string][]Item{}}
	add := func(cat string, it Item) {
		wh.Stock[cat] = append(wh.Stock[cat], it)
	}
	add("tools", Item{"HAM-1", 10, 12.5, []string{"steel"}})
	add("tools", Item{"SAW-2", 4, 30, nil})
	add("garden", Item{"HOS-9", 7, 22.25, []string{"rubber", "green"}})
	add("tools", Item{"DRL-5", 2, 89.99, []string{"electric"}})
	add("paint", Item{"PNT-W", 0, 15, nil})
	wh.Stock["tools"][1].Qty += 6
	for i := range wh.Stock["garden"] {
		wh.Stock["garden"][i].Tags = append(wh.Stock["garden"][i].Tags, "sale")
	}
	for _, it := range wh.Stock["tools"] {
		it.Qty = 999
	}
	cats := slices.Sorted(maps.Keys(wh.Stock))
	for _, c := range cats {
		items := wh.Stock[c]
		sort.Slice(items, func(i, j int) bool { return items[i].SKU < items[j].SKU })
		value := 0.0
		for _, it := range items {
			value += float64(it.Qty) * it.Price
		}
		fmt.Printf("%-7s %d items, value %8.2f: %v\n", c, len(items), value, items)
	}
	byTag := map[string]map[string]int{}
	for _, c := range cats {
		for _, it := range wh.Stock[c] {
			for _, t := range it.Tags {
				if byTag[t] == nil {
					byTag[t] = map[string]int{}
				}
				byTag[t][c] += it.Qty
			}
		}
	}
	for _, t := range slices.Sorted(maps.Keys(byTag)) {
		fmt.Println(t, byTag[t])
	}
	sums := map[string]Summary{}
	for _, c := range cats {
		for _, it := range wh.Stock[c] {
			s := sums[c]
			s.Count++
			s.Total += it.Price
			s.SKUs = append(s.SKUs, it.SKU)
			sums[c] = s
		}
	}
	fmt.Printf("%+v\n", sums["tools"])
	fmt.Println(sums)
	ptrs := map[string]*Item{}
	for _, c := range cats {
		for i := range wh.Stock[c] {
			ptrs[wh.Stock[c][i].SKU] = &wh.Stock[c][i]
		}
	}
	ptrs["PNT-W"].Qty = 25
	ptrs["HAM-1"].Tags[0] = "forged"
	fmt.Println(wh.Stock["paint"][0].Qty, wh.Stock["tools"][1].Tags)
	delete(wh.Stock, "paint")
	_, ok := wh.Stock["paint"]
	fmt.Println(len(wh.Stock), ok, len(wh.Stock["paint"]), wh.Stock["paint"] == nil)
	counts := map[[2]string]int{}
	for _, c := range slices.Sorted(maps.Keys(wh.Stock)) {
		for _, it := range wh.Stock[c] {
			counts[[2]string{c, it.SKU[:1]}]++
		}
	}
	fmt.Println(counts)
	nested := map[string][]map[string]int{"a": {{"x": 1}, {"y": 2}}}
	nested["a"][1]["z"] = 3
	nested["b"] = append(nested["b"], map[string]int{"w": 0})
	fmt.Println(nested, len(nested["a"][1]))
}

// Code generated from inventory_report.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

//line testdata/conformance/inventory_report.gos/_.go:1:1
type Product struct {
	SKU      string
	Name     string
	Category string
	Price    float64
	Qty      int
}

type Inventory struct {
	items map[string]*Product
}

func NewInventory() *Inventory { return &Inventory{items: map[string]*Product{}} }

func (inv *Inventory) Add(p Product) {
	if old, ok := inv.items[p.SKU]; ok {
		old.Qty += p.Qty
		return
	}
	inv.items[p.SKU] = &p
}

func (inv *Inventory) Remove(sku string, n int) error {
	p, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("unknown sku %q", sku)
	}
	if p.Qty < n {
		return fmt.Errorf("only %d of %s left", p.Qty, p.Name)
	}
	p.Qty -= n
	return nil
}

func (inv *Inventory) ByCategory() map[string][]Product {
	out := map[string][]Product{}
	for _, p := range inv.items {
		out[p.Category] = append(out[p.Category], *p)
	}
	for _, ps := range out {
		sort.Slice(ps, func(i, j int) bool { return ps[i].SKU < ps[j].SKU })
	}
	return out
}

var low []string

func main() {
	inv := NewInventory()
	inv.Add(Product{"A1", "Hammer", "tools", 12.5, 10})
	inv.Add(Product{"B2", "Nails", "hardware", 0.05, 1000})
	inv.Add(Product{"A2", "Saw", "tools", 25, 3})
	inv.Add(Product{"A1", "Hammer", "tools", 12.5, 5})
	inv.Add(Product{"C3", "Glue", "hardware", 4.25, 0})
	fmt.Println(inv.Remove("A2", 5))
	fmt.Println(inv.Remove("Z9", 1))
	fmt.Println(inv.Remove("B2", 250))
	cats := inv.ByCategory()
	names := make([]string, 0, len(cats))
	for c := range cats {
		names = append(names, c)
	}
	sort.Strings(names)
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', 0)
	grand := 0.0
	for _, c := range names {
		fmt.Fprintf(w, "[%s]\t\t\t\n", strings.ToUpper(c))
		for _, p := range cats[c] {
			value := p.Price * float64(p.Qty)
			grand += value
			fmt.Fprintf(w, "%s\t%s\t%d\t%8.2f\n", p.SKU, p.Name, p.Qty, value)
		}
	}
	w.Flush()
	fmt.Printf("total value: %.2f\n", grand)
	for _, c := range names {
		for _, p := range cats[c] {
			if p.Qty < 5 {
				low = append(low, p.Name)
			}
		}
	}
	fmt.Println("low stock:", low)
	fmt.Printf("%+v\n", *inv.items["A1"])
	fmt.Printf("%v\n", cats["tools"])
}

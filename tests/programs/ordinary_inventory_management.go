// Inventory management
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU      string
	Name     string
	Qty      int
	PriceCts int
}

type Inventory struct {
	items map[string]*Item
}

func NewInventory() *Inventory {
	return &Inventory{items: make(map[string]*Item)}
}

func (inv *Inventory) Add(sku, name string, qty, price int) {
	if it, ok := inv.items[sku]; ok {
		it.Qty += qty
		return
	}
	inv.items[sku] = &Item{sku, name, qty, price}
}

func (inv *Inventory) Remove(sku string, qty int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("unknown sku %q", sku)
	}
	if it.Qty < qty {
		return fmt.Errorf("only %d of %s left, wanted %d", it.Qty, it.Name, qty)
	}
	it.Qty -= qty
	if it.Qty == 0 {
		delete(inv.items, sku)
	}
	return nil
}

func (inv *Inventory) Report() {
	skus := make([]string, 0, len(inv.items))
	for s := range inv.items {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	total := 0
	fmt.Println(strings.Repeat("-", 40))
	for _, s := range skus {
		it := inv.items[s]
		value := it.Qty * it.PriceCts
		total += value
		fmt.Printf("%-6s %-14s %4d %6d.%02d\n", it.SKU, it.Name, it.Qty, value/100, value%100)
	}
	fmt.Println(strings.Repeat("-", 40))
	fmt.Printf("%-26s %6d.%02d\n", "TOTAL", total/100, total%100)
}

func main() {
	inv := NewInventory()
	inv.Add("A100", "Widget", 10, 250)
	inv.Add("B200", "Gadget", 3, 1999)
	inv.Add("C300", "Doohickey", 25, 75)
	inv.Add("A100", "Widget", 5, 250)
	inv.Report()
	for _, r := range []struct {
		sku string
		n   int
	}{{"A100", 4}, {"B200", 3}, {"Z999", 1}, {"C300", 30}} {
		if err := inv.Remove(r.sku, r.n); err != nil {
			fmt.Println("error:", err)
		}
	}
	inv.Report()
	fmt.Println("distinct items:", len(inv.items))
}

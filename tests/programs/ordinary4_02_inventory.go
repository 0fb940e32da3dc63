package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
}

type Inventory struct {
	items map[string]*Item
}

func NewInventory() *Inventory {
	return &Inventory{items: make(map[string]*Item)}
}

func (inv *Inventory) Add(sku, name string, qty int, price float64) {
	if it, ok := inv.items[sku]; ok {
		it.Qty += qty
		return
	}
	inv.items[sku] = &Item{sku, name, qty, price}
}

func (inv *Inventory) Remove(sku string, qty int) bool {
	it, ok := inv.items[sku]
	if !ok || it.Qty < qty {
		return false
	}
	it.Qty -= qty
	if it.Qty == 0 {
		delete(inv.items, sku)
	}
	return true
}

func (inv *Inventory) Report() {
	keys := make([]string, 0, len(inv.items))
	for k := range inv.items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(strings.Repeat("-", 40))
	var total float64
	for _, k := range keys {
		it := inv.items[k]
		v := float64(it.Qty) * it.Price
		total += v
		fmt.Printf("%-6s %-12s %4d x %7.2f = %9.2f\n", it.SKU, it.Name, it.Qty, it.Price, v)
	}
	fmt.Println(strings.Repeat("-", 40))
	fmt.Printf("%-6s %34.2f\n", "TOTAL", total)
}

func main() {
	inv := NewInventory()
	inv.Add("A100", "Widget", 10, 2.5)
	inv.Add("B200", "Gadget", 3, 19.99)
	inv.Add("C300", "Doohickey", 7, 0.75)
	inv.Add("A100", "Widget", 5, 2.5)
	fmt.Println(inv.Remove("B200", 3))
	fmt.Println(inv.Remove("C300", 100))
	fmt.Println(inv.Remove("Z999", 1))
	inv.Add("D400", "Thingamajig", 1, 1234.5)
	inv.Report()
	fmt.Printf("%+v\n", *inv.items["A100"])
	fmt.Printf("%#v\n", *inv.items["C300"])
	_, ok := inv.items["B200"]
	fmt.Println("B200 present:", ok, "count:", len(inv.items))
}

package main

import "fmt"

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price int // cents
}

type Inventory struct {
	Items []Item
}

func (inv *Inventory) Add(it Item) {
	for i := 0; i < len(inv.Items); i++ {
		if inv.Items[i].SKU == it.SKU {
			inv.Items[i].Qty += it.Qty
			return
		}
	}
	inv.Items = append(inv.Items, it)
}

func (inv *Inventory) Find(sku string) *Item {
	for i := 0; i < len(inv.Items); i++ {
		if inv.Items[i].SKU == sku {
			return &inv.Items[i]
		}
	}
	return nil
}

func (inv *Inventory) Remove(sku string) bool {
	for i := 0; i < len(inv.Items); i++ {
		if inv.Items[i].SKU == sku {
			inv.Items = append(inv.Items[:i], inv.Items[i+1:]...)
			return true
		}
	}
	return false
}

func (inv Inventory) Value() int {
	v := 0
	for i := 0; i < len(inv.Items); i++ {
		v += inv.Items[i].Qty * inv.Items[i].Price
	}
	return v
}

func (inv Inventory) LowStock(limit int) []Item {
	var out []Item
	for i := 0; i < len(inv.Items); i++ {
		if inv.Items[i].Qty < limit {
			out = append(out, inv.Items[i])
		}
	}
	return out
}

func sortByValue(items []Item) {
	for i := 1; i < len(items); i++ {
		for j := i; j > 0 && items[j].Qty*items[j].Price > items[j-1].Qty*items[j-1].Price; j-- {
			items[j], items[j-1] = items[j-1], items[j]
		}
	}
}

func money(c int) string {
	return fmt.Sprintf("$%d.%02d", c/100, c%100)
}

func main() {
	var inv Inventory
	inv.Add(Item{"A1", "widget", 10, 250})
	inv.Add(Item{"B2", "gadget", 3, 1999})
	inv.Add(Item{SKU: "C3", Name: "doohickey", Qty: 1, Price: 5})
	inv.Add(Item{"A1", "widget", 5, 250})
	fmt.Println(len(inv.Items), money(inv.Value()))
	for i := 0; i < len(inv.Items); i++ {
		it := inv.Items[i]
		fmt.Printf("%-4s %-10s %3d %8s\n", it.SKU, it.Name, it.Qty, money(it.Price))
	}

	if p := inv.Find("B2"); p != nil {
		p.Qty--
		p.Price = 1799
	}
	fmt.Println(inv.Find("ZZ") == nil, *inv.Find("B2"))
	fmt.Printf("%+v\n", inv.LowStock(5))

	sorted := make([]Item, len(inv.Items))
	copy(sorted, inv.Items)
	sortByValue(sorted)
	for i := 0; i < len(sorted); i++ {
		fmt.Println(sorted[i].SKU, money(sorted[i].Qty*sorted[i].Price))
	}
	fmt.Println(inv.Items[0].SKU, sorted[0].SKU)

	fmt.Println(inv.Remove("C3"), inv.Remove("C3"), len(inv.Items))
	fmt.Printf("%v\n", inv)
	snapshot := inv
	snapshot.Items[0].Qty = 0
	snapshot.Items = append(snapshot.Items, Item{"D4", "gizmo", 2, 100})
	fmt.Println(inv.Items[0].Qty, len(inv.Items), len(snapshot.Items))
}

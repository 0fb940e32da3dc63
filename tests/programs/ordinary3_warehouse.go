package main

import (
	"errors"
	"fmt"
	"sort"
)

type Item struct {
	SKU   string
	Qty   int
	Price float64
}

type Warehouse struct {
	Items []Item
}

var ErrNotFound = errors.New("sku not found")
var ErrShort = errors.New("insufficient stock")

func (w *Warehouse) find(sku string) int {
	for i := range w.Items {
		if w.Items[i].SKU == sku {
			return i
		}
	}
	return -1
}

func (w *Warehouse) Receive(sku string, qty int, price float64) {
	if i := w.find(sku); i >= 0 {
		w.Items[i].Qty += qty
		w.Items[i].Price = price
		return
	}
	w.Items = append(w.Items, Item{sku, qty, price})
}

func (w *Warehouse) Ship(sku string, qty int) error {
	i := w.find(sku)
	if i < 0 {
		return fmt.Errorf("ship %s: %w", sku, ErrNotFound)
	}
	it := &w.Items[i]
	if it.Qty < qty {
		return fmt.Errorf("ship %d of %s (have %d): %w", qty, sku, it.Qty, ErrShort)
	}
	it.Qty -= qty
	if it.Qty == 0 {
		w.Items = append(w.Items[:i], w.Items[i+1:]...)
	}
	return nil
}

func (w Warehouse) Value() float64 {
	total := 0.0
	for _, it := range w.Items {
		total += float64(it.Qty) * it.Price
	}
	return total
}

func (w *Warehouse) Report() {
	sorted := make([]Item, len(w.Items))
	copy(sorted, w.Items)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].SKU < sorted[j].SKU })
	for _, it := range sorted {
		fmt.Printf("  %-6s %4d @ %7.2f\n", it.SKU, it.Qty, it.Price)
	}
	fmt.Printf("  items len=%d cap=%d value=%.2f\n", len(w.Items), cap(w.Items), w.Value())
}

func main() {
	w := &Warehouse{}
	w.Receive("bolt", 100, 0.25)
	w.Receive("nut", 250, 0.1)
	w.Receive("gear", 12, 7.5)
	w.Receive("axle", 4, 19.99)
	w.Report()
	orders := []struct {
		sku string
		n   int
	}{{"bolt", 40}, {"gear", 12}, {"axle", 5}, {"cog", 1}, {"nut", 250}, {"bolt", 60}}
	for _, o := range orders {
		err := w.Ship(o.sku, o.n)
		switch {
		case err == nil:
			fmt.Println("shipped", o.n, o.sku)
		case errors.Is(err, ErrShort):
			fmt.Println("short:", err)
		case errors.Is(err, ErrNotFound):
			fmt.Println("missing:", err)
		}
	}
	w.Report()
	w.Receive("gear", 3, 8)
	w.Report()
}

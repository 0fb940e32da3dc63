package main

import (
	"errors"
	"fmt"
	"sort"
)

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
}

type Inventory struct {
	items map[string]*Item
	log   []string
}

var ErrNotFound = errors.New("item not found")

type StockError struct {
	SKU       string
	Have, Want int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("sku %s: have %d, want %d", e.SKU, e.Have, e.Want)
}

func (inv *Inventory) Add(it Item) {
	if inv.items == nil {
		inv.items = map[string]*Item{}
	}
	if ex, ok := inv.items[it.SKU]; ok {
		ex.Qty += it.Qty
	} else {
		inv.items[it.SKU] = &it
	}
	inv.log = append(inv.log, "add "+it.SKU)
}

func (inv *Inventory) Remove(sku string, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("remove %s: %w", sku, ErrNotFound)
	}
	if it.Qty < n {
		return &StockError{sku, it.Qty, n}
	}
	it.Qty -= n
	if it.Qty == 0 {
		delete(inv.items, sku)
	}
	inv.log = append(inv.log, fmt.Sprintf("remove %s x%d", sku, n))
	return nil
}

func (inv *Inventory) Value() (total float64) {
	for _, it := range inv.items {
		total += float64(it.Qty) * it.Price
	}
	return
}

func main() {
	var inv Inventory
	inv.Add(Item{"A1", "Widget", 10, 2.5})
	inv.Add(Item{"B2", "Gadget", 3, 19.99})
	inv.Add(Item{"A1", "Widget", 5, 2.5})
	inv.Add(Item{"C3", "Doohickey", 1, 100})
	fmt.Printf("value: %.2f\n", inv.Value())
	errs := []error{
		inv.Remove("A1", 4),
		inv.Remove("B2", 5),
		inv.Remove("Z9", 1),
		inv.Remove("C3", 1),
	}
	for i, err := range errs {
		var se *StockError
		switch {
		case err == nil:
			fmt.Println(i, "ok")
		case errors.As(err, &se):
			fmt.Println(i, "stock error:", se.Have, se.Want, err)
		case errors.Is(err, ErrNotFound):
			fmt.Println(i, "not found:", err)
		}
	}
	skus := make([]string, 0)
	for k := range inv.items {
		skus = append(skus, k)
	}
	sort.Strings(skus)
	for _, k := range skus {
		fmt.Printf("%+v\n", *inv.items[k])
	}
	fmt.Println(inv.log)
	fmt.Printf("value: %.2f\n", inv.Value())
}

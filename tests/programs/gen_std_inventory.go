package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type Product struct {
	SKU      string
	Category string
	Price    float64
	Qty      int
}

const csv = `SKU,Category,Price,Qty
A100,tools,12.50,4
B220,garden,5.00,0
A101,tools,7.25,10
C300,kitchen,19.99,2
B221,garden,5.00,7
C301,kitchen,3.49,25
A102,tools,12.50,1`

func parse(s string) ([]Product, error) {
	var ps []Product
	for i, line := range strings.Split(s, "\n")[1:] {
		f := strings.Split(line, ",")
		price, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", i+2, err)
		}
		qty, err := strconv.Atoi(f[3])
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", i+2, err)
		}
		ps = append(ps, Product{f[0], f[1], price, qty})
	}
	return ps, nil
}

func main() {
	ps, err := parse(csv)
	if err != nil {
		fmt.Println(err)
		return
	}
	byCat := map[string][]Product{}
	for _, p := range ps {
		byCat[p.Category] = append(byCat[p.Category], p)
	}
	for _, cat := range slices.Sorted(maps.Keys(byCat)) {
		items := byCat[cat]
		slices.SortFunc(items, func(a, b Product) int {
			return cmp.Or(cmp.Compare(b.Price, a.Price), strings.Compare(a.SKU, b.SKU))
		})
		value := 0.0
		for _, p := range items {
			value += p.Price * float64(p.Qty)
		}
		fmt.Printf("%s (%d items, value %.2f)\n", cat, len(items), value)
		for _, p := range items {
			fmt.Printf("  %s %6.2f x%d\n", p.SKU, p.Price, p.Qty)
		}
	}

	inStock := slices.DeleteFunc(slices.Clone(ps), func(p Product) bool { return p.Qty == 0 })
	fmt.Println("in stock:", len(inStock), "of", len(ps))

	slices.SortFunc(ps, func(a, b Product) int { return strings.Compare(a.SKU, b.SKU) })
	for _, sku := range []string{"B221", "A999", "C301"} {
		i, ok := slices.BinarySearchFunc(ps, sku, func(p Product, s string) int { return strings.Compare(p.SKU, s) })
		if ok {
			fmt.Println(sku, "found:", ps[i].Category, ps[i].Qty)
		} else {
			fmt.Println(sku, "missing, would insert at", i)
		}
	}
	prices := make([]float64, 0, len(ps))
	for _, p := range ps {
		prices = append(prices, p.Price)
	}
	slices.Sort(prices)
	fmt.Println("distinct prices:", slices.Compact(prices))
	cheapest := slices.MinFunc(ps, func(a, b Product) int { return cmp.Compare(a.Price, b.Price) })
	fmt.Println("cheapest:", cheapest.SKU)
	_, err = parse("h\nX,y,abc,1")
	fmt.Println("error:", err)
}

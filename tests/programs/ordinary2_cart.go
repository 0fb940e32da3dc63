package main

import (
	"fmt"
	"sort"
	"strings"
)

type Money int64 // cents

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type LineItem struct {
	Name  string
	Price Money
	Qty   int
}

type Discount func(items []LineItem, subtotal Money) (Money, string)

func bulk(items []LineItem, _ Money) (Money, string) {
	var d Money
	for _, it := range items {
		if it.Qty >= 10 {
			d += it.Price * Money(it.Qty) / 10
		}
	}
	return d, "bulk 10%"
}

func over(threshold, off Money) Discount {
	return func(_ []LineItem, sub Money) (Money, string) {
		if sub >= threshold {
			return off, fmt.Sprintf("%v off over %v", off, threshold)
		}
		return 0, ""
	}
}

type Cart struct {
	Items     []LineItem
	Discounts []Discount
}

func (c *Cart) Add(name string, price Money, qty int) {
	for i := range c.Items {
		if c.Items[i].Name == name {
			c.Items[i].Qty += qty
			return
		}
	}
	c.Items = append(c.Items, LineItem{name, price, qty})
}

func (c Cart) Receipt() string {
	var sb strings.Builder
	var sub Money
	sort.Slice(c.Items, func(i, j int) bool { return c.Items[i].Name < c.Items[j].Name })
	for _, it := range c.Items {
		line := it.Price * Money(it.Qty)
		sub += line
		fmt.Fprintf(&sb, "%-10s %3d x %8v = %9v\n", it.Name, it.Qty, it.Price, line)
	}
	fmt.Fprintf(&sb, "%-27s %9v\n", "subtotal", sub)
	total := sub
	for _, d := range c.Discounts {
		if amt, why := d(c.Items, sub); amt > 0 {
			fmt.Fprintf(&sb, "%-27s %9v\n", why, -amt)
			total -= amt
		}
	}
	tax := total * 8 / 100
	fmt.Fprintf(&sb, "%-27s %9v\n%-27s %9v\n", "tax 8%", tax, "TOTAL", total+tax)
	return sb.String()
}

func main() {
	c := &Cart{Discounts: []Discount{bulk, over(5000, 500)}}
	c.Add("pencil", 99, 12)
	c.Add("notebook", 450, 3)
	c.Add("backpack", 3999, 1)
	c.Add("pencil", 99, 3)
	fmt.Print(c.Receipt())
	fmt.Println(len(c.Items), cap(c.Items), c.Items[0].Name)
	small := Cart{Discounts: c.Discounts}
	small.Add("gum", 150, 2)
	fmt.Print(small.Receipt())
	fmt.Println(Money(-5), Money(0), Money(123456))
}

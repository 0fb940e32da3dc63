// Shopping cart with discounts
package main

import (
	"fmt"
	"strings"
)

type Product struct {
	Name  string
	Price float64
}

type LineItem struct {
	Product
	Qty int
}

func (li LineItem) Total() float64 { return li.Price * float64(li.Qty) }

type Discount interface {
	Apply(subtotal float64) float64
	Describe() string
}

type Percent float64
type Flat float64

func (p Percent) Apply(s float64) float64 { return s * float64(p) / 100 }
func (p Percent) Describe() string        { return fmt.Sprintf("%.0f%% off", float64(p)) }
func (f Flat) Apply(s float64) float64 {
	if float64(f) > s {
		return s
	}
	return float64(f)
}
func (f Flat) Describe() string { return fmt.Sprintf("$%.2f off", float64(f)) }

type Cart struct {
	Items     []LineItem
	Discounts []Discount
}

func (c *Cart) Add(p Product, qty int) {
	for i := range c.Items {
		if c.Items[i].Name == p.Name {
			c.Items[i].Qty += qty
			return
		}
	}
	c.Items = append(c.Items, LineItem{p, qty})
}

func (c Cart) Receipt() string {
	var sb strings.Builder
	sub := 0.0
	for _, it := range c.Items {
		fmt.Fprintf(&sb, "%-10s x%-3d %8.2f\n", it.Name, it.Qty, it.Total())
		sub += it.Total()
	}
	fmt.Fprintf(&sb, "%-15s %8.2f\n", "subtotal", sub)
	for _, d := range c.Discounts {
		amt := d.Apply(sub)
		sub -= amt
		fmt.Fprintf(&sb, "%-15s %8.2f\n", d.Describe(), -amt)
	}
	tax := sub * 0.0825
	fmt.Fprintf(&sb, "%-15s %8.2f\n%-15s %8.2f\n", "tax", tax, "TOTAL", sub+tax)
	return sb.String()
}

func main() {
	apple := Product{"apple", 0.5}
	bread := Product{"bread", 3.25}
	cheese := Product{"cheese", 7.99}
	var c Cart
	c.Add(apple, 6)
	c.Add(bread, 1)
	c.Add(cheese, 2)
	c.Add(apple, 4)
	c.Discounts = append(c.Discounts, Percent(10), Flat(2))
	fmt.Print(c.Receipt())
	fmt.Println(len(c.Items), c.Items[0].Product.Name, c.Items[0].Qty)
}

package main

import "fmt"

type Item struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	items := []Item{
		{"coffee", 2, 3.5},
		{"bagel", 1, 2.25},
		{"orange juice", 3, 4.125},
		{"muffin", 12, 1.999},
	}
	fmt.Printf("%-14s %4s %8s %10s\n", "item", "qty", "price", "total")
	var sum float64
	for _, it := range items {
		t := float64(it.Qty) * it.Price
		sum += t
		fmt.Printf("%-14s %4d %8.3f %10.2f\n", it.Name, it.Qty, it.Price, t)
	}
	fmt.Printf("%-14s %4s %8s %10.2f\n", "sum", "", "", sum)
	tax := sum * 0.0825
	fmt.Printf("%-27s %10.2f\n", "tax (8.25%)", tax)
	fmt.Printf("%-27s %10.2f\n", "grand total", sum+tax)

	fmt.Println("-- flags")
	vals := []float64{3.14159, -2.5, 0, 1234.5678, -0.001}
	for _, v := range vals {
		fmt.Printf("[%8.3f] [%-10.2f] [%+.2e] [% f] [%G] [%05.1f]\n", v, v, v, v, v, v)
	}
	fmt.Println("-- more")
	for _, v := range vals {
		fmt.Printf("[%+8.2f] [% 8.2f] [%-+9.1f] [%010.3f] [%-08.2f]\n", v, v, v, v, v)
	}
	fmt.Println("-- g with width")
	for _, v := range []float64{1e-10, 1e-5, 0.5, 1e5, 1e20, 1e21, 123456789} {
		fmt.Printf("[%12g] [%-12g] [%+g] [%12.4g] [%012g]\n", v, v, v, v, v)
	}
	fmt.Println("-- e with width")
	for _, v := range []float64{6.02e23, -1.6e-19, 9.81} {
		fmt.Printf("[%14e] [%-14.2E] [%+014.3e] [% .1e]\n", v, v, v, v)
	}
	fmt.Println("-- v with width")
	fmt.Printf("[%10v] [%-10v] [%+v] [%010v] [% v]\n", 2.5, 2.5, 2.5, 2.5, 2.5)
	fmt.Printf("[%8v] [%8v]\n", float32(0.1), 1e-7)
}

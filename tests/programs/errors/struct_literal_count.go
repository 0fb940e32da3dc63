package main

import "fmt"

type Item struct {
	Name  string
	Qty   int
	Price int
}

func main() {
	a := Item{"nut", 3}
	b := Item{"bolt", 1, 2, 3}
	c := Item{Name: "x", 4, 5}
	fmt.Println(a, b, c)
}

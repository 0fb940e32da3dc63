package main

import "fmt"

type A struct {
	items []int `json:"x"`
}
type B struct{ items []int }

func main() {
	var b B
	b.items = append(b.items, 1, 2)
	a := A(b)
	pa := &a
	pa.items = append(pa.items, 3)
	fmt.Println(cap(pa.items), cap(b.items))
}

package main

import "fmt"

type Box[T any] struct{ items []T }

func (b *Box[T]) Add(v T) { b.items = append(b.items, v) }

func main() {
	var b Box[int]
	b.Add(1)
	b.Add(2)
	var c Box[string]
	c.Add("x")
	fmt.Println(cap(b.items), cap(c.items))
}

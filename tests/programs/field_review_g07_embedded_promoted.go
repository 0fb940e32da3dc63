package main

import "fmt"

type Inner struct{ items []int }
type Outer struct {
	Inner
	name string
}

func (in *Inner) Add(v int) { in.items = append(in.items, v) }

func main() {
	var o Outer
	o.Add(1)
	o.items = append(o.items, 2)
	fmt.Println(cap(o.items), cap(o.Inner.items))
}

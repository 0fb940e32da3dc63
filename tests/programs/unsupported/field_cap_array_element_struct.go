package main

import "fmt"

type Inner struct{ xs []int }
type Outer struct {
	Inner
	name string
}

func (in *Inner) Add(v int) { in.xs = append(in.xs, v) }

func main() {
	o := Outer{name: "o"}
	for i := 0; i < 5; i++ {
		o.Add(i)
	}
	fmt.Println(o.name, len(o.xs), cap(o.xs))
	var arr [2]Inner
	arr[1].xs = append(arr[1].xs, 1, 2, 3)
	fmt.Println(cap(arr[1].xs))
}

package main

import "fmt"

type A struct{ items []int }
type B struct {
	items []int `tag:"b"`
}

func mk() []int {
	var t []int
	for i := 0; i < 3; i++ {
		t = append(t, i)
	}
	return t
}

var fn = mk

func main() {
	var a A
	a.items = []int{}
	pb := (*B)(&a)
	pb.items = fn()
	fmt.Println(cap(a.items))
	y := a.items[:1]
	y = append(y, 9)
	fmt.Println(a.items[1], len(y))
}

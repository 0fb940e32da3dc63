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
	(*B)(&a).items = fn()
	y := a.items[:3]
	y = append(y, 9)
	y[0] = 100
	fmt.Println(a.items[0], len(y))
}

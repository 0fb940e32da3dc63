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
}

package main

import "fmt"

type In struct{ items []int }
type Out struct {
	In
	n int
}

func mk() []int {
	var t []int
	for i := 0; i < 3; i++ {
		t = append(t, i)
	}
	return t
}

var fn = mk

var g = Out{In: In{items: fn()}, n: 1}

func main() {
	var o Out
	o.items = []int{1}
	fmt.Println(cap(o.items), cap(g.items))
}

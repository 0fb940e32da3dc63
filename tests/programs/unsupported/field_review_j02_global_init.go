package main

import "fmt"

type S struct{ items []int }

func mk() []int {
	var t []int
	for i := 0; i < 3; i++ {
		t = append(t, i)
	}
	return t
}

var fn = mk

var g = S{items: fn()}

func main() {
	fmt.Println(cap(g.items))
}

package main

import "fmt"

type S struct {
	name  string
	items []int
}

func mk() []int {
	var t []int
	for i := 0; i < 3; i++ {
		t = append(t, i)
	}
	return t
}

var fn = mk

var gs = []S{{"a", fn()}}

func main() {
	fmt.Println(cap(gs[0].items))
}

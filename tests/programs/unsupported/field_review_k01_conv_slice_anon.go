package main

import "fmt"

type E = struct{ items []int }
type F = struct {
	items []int `t:"f"`
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
	es := make([]E, 1)
	es[0].items = []int{}
	fs := []F(es)
	fs[0].items = fn()
	fmt.Println(cap(es[0].items))
}

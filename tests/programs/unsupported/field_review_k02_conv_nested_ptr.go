package main

import "fmt"

type A struct{ p *struct{ items []int } }
type B struct {
	p *struct {
		items []int `t:"b"`
	}
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
	a := A{p: &struct{ items []int }{}}
	b := B(a)
	b.p.items = fn()
	fmt.Println(cap(a.p.items))
}

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

func setB(b *B) { b.items = fn() }

func main() {
	var a A
	a.items = []int{}
	f := (func(*A))(func(p *A) { setB((*B)(p)) })
	f(&a)
	fmt.Println(cap(a.items))
}

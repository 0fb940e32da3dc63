package main

import "fmt"

type M1 = map[string]*struct{ items []int }
type M2 = map[string]*struct {
	items []int `t:"m"`
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
	m1 := M1{"a": {items: []int{}}}
	m2 := M2(m1)
	m2["a"].items = fn()
	fmt.Println(cap(m1["a"].items))
}

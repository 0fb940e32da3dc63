package main

import "fmt"

type P1 = *struct{ items []int }
type P2 = *struct {
	items []int `t:"p"`
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
	c1 := make(chan P1, 1)
	c2 := (chan P2)(c1)
	v := &struct{ items []int }{items: []int{}}
	c1 <- v
	p := <-c2
	p.items = fn()
	fmt.Println(cap(v.items))
}

package main

import "fmt"

type A struct{ items []int }
type B struct {
	items []int `tag:"b"`
}

type G struct{}

func (G) Mk() []int {
	var t []int
	for i := 0; i < 3; i++ {
		t = append(t, i)
	}
	return t
}

type Maker interface{ Mk() []int }

func main() {
	var m Maker = G{}
	var a A
	a.items = nil
	pb := (*B)(&a)
	pb.items = m.Mk()
	fmt.Println(cap(a.items))
}

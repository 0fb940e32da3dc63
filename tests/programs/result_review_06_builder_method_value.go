package main

import "fmt"

type Gen struct{ step int }

func (g Gen) Build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i*g.step)
	}
	return s
}

func (g *Gen) BuildP(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i+g.step)
	}
	return s
}

type Builder interface{ Build(int) []int }

func main() {
	g := Gen{step: 3}
	for i := 0; i < 2; i++ {
		a := g.Build(3)
		b := g.BuildP(3)
		fmt.Println(cap(a), cap(b), a[2], b[2])
	}
	mv := g.Build
	fmt.Println(len(mv(2)))
	var bi Builder = g
	fmt.Println(len(bi.Build(4)))
	pv := (&g).BuildP
	fmt.Println(len(pv(2)))
	c := g.Build(2)
	fmt.Println(cap(c))
}

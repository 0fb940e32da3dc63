package main

import "fmt"

type Group struct {
	Name    string
	Members []int
}

func main() {
	gs := []*Group{{Name: "a"}, {Name: "b"}}
	for n := 0; n < 7; n++ {
		g := gs[n%2]
		ms := g.Members
		g.Members = append(ms, n)
	}
	for _, g := range gs {
		fmt.Println(g.Name, g.Members, cap(g.Members))
	}
	h := &Group{Name: "h"}
	for n := 0; n < 3; n++ {
		ms := h.Members
		ms = append(ms, n)
		h.Members = ms
	}
	fmt.Println(h.Members, cap(h.Members))
}

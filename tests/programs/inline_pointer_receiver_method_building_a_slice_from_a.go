// probes: pointer-receiver method building a slice from a local
package main

import "fmt"

type Gen struct{ n int }

func (g *Gen) Make() []int {
	var s []int
	s = append(s, g.n)
	return s
}

func main() {
	g := &Gen{3}
	a := g.Make()
	b := g.Make()
	t := append(a, 1)
	u := append(a, 2)
	fmt.Println(len(a), len(b), t[1], u[1])
}

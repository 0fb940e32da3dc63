// probes: x := y + inl(&y): helper modifies a caller local through a pointer; order vs the read of y
package main

import "fmt"

func poke(p *int) int {
	s := append([]int(nil), *p)
	*p = 100
	return s[0]
}

func main() {
	y := 1
	x := y + poke(&y)
	fmt.Println(x, y)
	z := 2
	w := poke(&z) + z
	fmt.Println(w, z)
	a := 3
	b, c := a, poke(&a)
	fmt.Println(b, c, a)
}

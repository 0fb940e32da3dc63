package main

import "fmt"

// Checks cap when append sites sit in constant-true or -false ifs, a non-matching constant switch and a short-circuit condition.
func main() {
	var e []int
	if true {
		e = append(e, 0)
		e = e[:0]
	} else {
		e = append(e, 1)
	}
	fmt.Println(len(e), cap(e))
	var f []int
	switch 3 {
	case 2:
		f = append(f, 1)
	}
	f = append(f, 2)
	fmt.Println(len(f), cap(f))
	var g []int
	if 1 > 2 {
		g = append(g, 1)
	}
	g = append(g, 2)
	fmt.Println(len(g), cap(g))
	var h []byte
	if !true || len(h) > 5 {
		h = append(h, 1)
	}
	h = append(h, 2)
	fmt.Println(len(h), cap(h))
}

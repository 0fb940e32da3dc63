// probes: capacity of an inlined builder's result, 40-byte elements (bigger than the 32-byte store)
package main

import "fmt"

type P [5]int

func b40(x int) []P {
	var s []P
	return append(s, P{x})
}

func main() {
	r := b40(7)
	fmt.Println(len(r), cap(r))
	t := append(r, P{1})
	u := append(r, P{2})
	fmt.Println(t[1][0], u[1][0])
}

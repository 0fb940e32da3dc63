// probes: capacity of an inlined builder's result, [2]int elements (16 bytes: store holds 2)
package main

import "fmt"

type P [2]int

func b16(x int) []P {
	var s []P
	return append(s, P{x, x})
}

func main() {
	r := b16(7)
	fmt.Println(len(r), cap(r))
	t := append(r, P{1, 1})
	u := append(r, P{2, 2})
	fmt.Println(t[1], u[1])
}

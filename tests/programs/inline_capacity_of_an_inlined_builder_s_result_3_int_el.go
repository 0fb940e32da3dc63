// probes: capacity of an inlined builder's result, [3]int elements (24 bytes: store holds 1)
package main

import "fmt"

type P [3]int

func b24(x int) []P {
	var s []P
	return append(s, P{x})
}

func main() {
	r := b24(7)
	fmt.Println(len(r), cap(r))
	t := append(r, P{1})
	u := append(r, P{2})
	fmt.Println(t[1], u[1])
}

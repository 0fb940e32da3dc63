// probes: capacity of an inlined builder's result, [4]int elements (32 bytes: store holds exactly 1)
package main

import "fmt"

type P [4]int

func b32(x int) []P {
	var s []P
	return append(s, P{x})
}

func main() {
	r := b32(7)
	fmt.Println(len(r), cap(r))
	t := append(r, P{1})
	u := append(r, P{2})
	fmt.Println(t[1][0], u[1][0])
}

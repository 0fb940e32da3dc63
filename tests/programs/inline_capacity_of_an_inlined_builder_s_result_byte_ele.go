// probes: capacity of an inlined builder's result, byte elements (1 byte: store holds 32)
package main

import "fmt"

func b1(x byte) []byte {
	var s []byte
	return append(s, x)
}

func main() {
	r := b1(7)
	fmt.Println(len(r), cap(r))
	t := append(r, 1)
	u := append(r, 2)
	fmt.Println(t[1], u[1])
}

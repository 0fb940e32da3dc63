// probes: capacity of an inlined builder's result, int32 elements (4 bytes: store holds 8)
package main

import "fmt"

func b4(x int32) []int32 {
	var s []int32
	return append(s, x, x)
}

func main() {
	r := b4(7)
	fmt.Println(len(r), cap(r))
	t := append(r, 1)
	u := append(r, 2)
	fmt.Println(t[2], u[2])
}

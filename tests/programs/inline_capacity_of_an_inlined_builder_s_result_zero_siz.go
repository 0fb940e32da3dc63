// probes: capacity of an inlined builder's result, zero-size elements
package main

import "fmt"

type Z struct{}

func b0() []Z {
	var s []Z
	return append(s, Z{}, Z{})
}

func main() {
	r := b0()
	fmt.Println(len(r), cap(r))
	t := append(r, Z{})
	fmt.Println(len(t), cap(t))
}

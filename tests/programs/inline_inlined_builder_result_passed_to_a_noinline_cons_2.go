// probes: inlined builder result passed to a noinline consumer that stores it in a global
package main

import "fmt"

var keep []int

func one(x int) []int {
	var s []int
	s = append(s, x)
	return s
}

//go:noinline
func store(p []int) {
	keep = p
}

func main() {
	a := one(5)
	store(a)
	t := append(a, 7)
	u := append(a, 8)
	fmt.Println(len(a), t[1], u[1], len(keep))
}

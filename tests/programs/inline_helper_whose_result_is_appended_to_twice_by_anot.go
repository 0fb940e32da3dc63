// probes: helper whose result is appended to twice by another inlined helper (aliasing via params)
package main

import "fmt"

func one(x int) []int {
	var s []int
	s = append(s, x)
	return s
}

func add(p []int, x int) []int {
	return append(p, x)
}

func main() {
	a := one(1)
	t := add(a, 2)
	u := add(a, 3)
	fmt.Println(len(t), len(u), t[1], u[1])
}

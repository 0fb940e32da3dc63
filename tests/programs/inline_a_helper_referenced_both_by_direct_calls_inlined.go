// probes: a helper referenced both by direct calls (inlined) and as a function value (must stay callable)
package main

import "fmt"

func one(x int) []int {
	var s []int
	return append(s, x, x)
}

func apply(f func(int) []int, x int) []int { return f(x) }

func main() {
	a := one(1)
	b := apply(one, 2)
	g := one
	c := g(3)
	fmt.Println(a, b, c)
}

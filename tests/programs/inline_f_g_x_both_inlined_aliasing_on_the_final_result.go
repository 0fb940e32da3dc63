// probes: f(g(x)) both inlined, aliasing on the final result
package main

import "fmt"

func g(x int) []int {
	var s []int
	s = append(s, x)
	return s
}

func f(p []int) []int {
	return append(p, len(p))
}

func main() {
	r := f(g(3))
	t := append(r, 7)
	u := append(r, 8)
	fmt.Println(len(r), t[2], u[2])
}

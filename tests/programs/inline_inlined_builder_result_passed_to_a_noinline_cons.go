// probes: inlined builder result passed to a noinline consumer that does not keep it
package main

import "fmt"

func one(x int) []int {
	var s []int
	s = append(s, x)
	return s
}

//go:noinline
func sum(p []int) int {
	t := 0
	for _, v := range p {
		t += v
	}
	return t
}

func main() {
	a := one(5)
	fmt.Println(sum(a))
	t := append(a, 7)
	u := append(a, 8)
	fmt.Println(len(a), t[1], u[1])
}

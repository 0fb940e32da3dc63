// probes: aliasing after inlined helper: t := append(r, 1); u := append(r, 2)
package main

import "fmt"

func one(x int) []int {
	var s []int
	s = append(s, x)
	return s
}

func main() {
	r := one(5)
	t := append(r, 1)
	u := append(r, 2)
	fmt.Println(len(t), cap(t), t[1], len(u), cap(u), u[1])
}

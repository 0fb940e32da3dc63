// probes: helper in a deferred call's argument: the argument call is inlined, the deferred one not
package main

import "fmt"

func one(x int) []int {
	var s []int
	s = append(s, x)
	return s
}

func show(p []int) {
	fmt.Println(len(p), p[0])
}

func main() {
	defer show(one(7))
	a := one(1)
	t := append(a, 1)
	u := append(a, 2)
	fmt.Println(t[1], u[1])
}

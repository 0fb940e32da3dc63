// probes: helper with a constant-false debug branch holding expensive code (gc's cost skips it)
package main

import "fmt"

const debug = false

func one(x int) []int {
	if debug {
		fmt.Println("x", x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)
		fmt.Println("x", x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)
	}
	var s []int
	return append(s, x)
}

func main() {
	r := one(1)
	t := append(r, 7)
	u := append(r, 8)
	fmt.Println(t[1], u[1])
}

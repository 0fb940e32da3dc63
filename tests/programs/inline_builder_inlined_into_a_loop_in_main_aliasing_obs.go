// probes: builder inlined into a loop in main, aliasing observed per iteration (store only on the first)
package main

import "fmt"

func one(x int) []int {
	var s []int
	return append(s, x)
}

func main() {
	for i := 0; i < 3; i++ {
		r := one(i)
		t := append(r, 7)
		u := append(r, 8)
		fmt.Println(i, t[1], u[1])
	}
}
